import { defineConfig } from 'vitest/config';

/**
 * `npm run test:package`: issue 13's end-to-end checks, which `npm pack` and `npm install` real tarballs
 * into scratch projects outside the repository (about two minutes: too slow for the unit suite).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.pack.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { REDOCLY_TELEMETRY: 'off', PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' },
  },
});
