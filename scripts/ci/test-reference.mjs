// `npm run test:reference`: runs the checks on Voucherify's real spec when ../shared/reference exists,
// and says plainly that they were skipped when it does not (a user's clone has no ../shared).
import { spawnSync } from 'node:child_process';
import { findReferenceDir, REFERENCE_HINT } from './reference-dir.mjs';

const dir = findReferenceDir();
if (!dir) {
  console.log(`SKIPPED: the reference checks need Voucherify's published spec (${REFERENCE_HINT}), which is absent here.`);
  process.exit(0);
}
process.env.WEBHOOK_CONTRACTS_REFERENCE = dir;
const report = ['--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest-reference.json'];
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.reference.config.ts', ...report, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
