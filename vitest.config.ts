import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The checks on the real Voucherify spec need ../shared: `npm run test:reference` runs them.
    // The pack-and-install checks take minutes: `npm run test:package` runs them.
    exclude: ['test/reference/**', 'test/**/*.pack.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { REDOCLY_TELEMETRY: 'off', PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' },
    // Snapshots are written only by `npm run test:snapshots:update` (`--update` overrides this): a plain
    // `npm test` fails on a missing or different snapshot instead of writing one, locally as in CI.
    update: 'none',
  },
});
