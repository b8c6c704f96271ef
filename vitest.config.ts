import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// The checks on the real Voucherify spec need ../shared: `npm run test:reference` runs them.
// The pack-and-install checks take minutes: `npm run test:package` runs them.
const EXCLUDE = ['test/reference/**', 'test/**/*.pack.test.ts', 'node_modules/**'];
/**
 * Files that replace a module with `vi.mock` get a module registry of their own (the others share one per
 * worker): found by reading the test files, so a new mocking test cannot leak its mock into the others.
 */
const ISOLATED = testFiles('test').filter((file) => /\bvi\.mock\(/.test(readFileSync(file, 'utf8')));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { REDOCLY_TELEMETRY: 'off', PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' },
    // Snapshots are written only by `npm run test:snapshots:update` (`--update` overrides this): a plain
    // `npm test` fails on a missing or different snapshot instead of writing one, locally as in CI.
    update: 'none',
    projects: [
      {
        extends: true,
        // The files of a worker share one module registry: the toolkit, Ajv, yaml and Redocly's config are
        // imported once per worker, not once per file (about 40% less CPU on the unit files). A test that
        // changes process state (cwd, env) restores it; one that mocks a module goes in ISOLATED.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...EXCLUDE, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
