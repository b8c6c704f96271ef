import { defineConfig } from 'vitest/config';

/**
 * `npm run test:load`: the loyalty-ledger load and fault tests at full size (10,000 deliveries, 5,000 with a
 * SIGKILL in the middle). `npm test` runs the same tests smaller (2,000 and 1,500).
 */
export default defineConfig({
  test: {
    include: ['test/consumers/ledger-load.test.ts', 'test/consumers/ledger-fault.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    env: { LEDGER_LOAD_DELIVERIES: '10000', LEDGER_FAULT_DELIVERIES: '5000', NO_COLOR: '1' },
  },
});
