import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { REDOCLY_TELEMETRY: 'off', PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' },
  },
});
