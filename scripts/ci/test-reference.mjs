// `npm run test:reference`: runs the checks on Voucherify's real spec when ../shared/reference exists,
// and says plainly that they were skipped when it does not (a user's clone has no ../shared).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// WC_REFERENCE_DIR names it elsewhere (a git worktree does not sit beside ../shared).
const dir = process.env.WC_REFERENCE_DIR ?? resolve(import.meta.dirname, '../../../shared/reference');
if (!existsSync(dir)) {
  console.log(`SKIPPED: the reference checks need ${dir} (Voucherify's published spec), which is absent here.`);
  process.exit(0);
}
const report = ['--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest-reference.json'];
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.reference.config.ts', ...report, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
