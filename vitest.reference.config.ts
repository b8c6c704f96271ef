import { defineConfig } from 'vitest/config';

/** `npm run test:reference`: the opt-in checks on Voucherify's real spec in ../shared/reference. */
export default defineConfig({
  test: {
    include: ['test/reference/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    env: { REDOCLY_TELEMETRY: 'off', PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' },
  },
});
