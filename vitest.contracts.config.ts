import { defineConfig } from 'vitest/config';

/** The consumer side of the contracts: each consumer's pact test writes its pact into contracts/pacts. */
export default defineConfig({
  test: {
    include: ['contracts/**/*.pact.test.ts'],
    globalSetup: ['contracts/shared/clear-pacts.ts'],
    testTimeout: 60_000,
    env: { PACT_DO_NOT_TRACK: 'true', HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '', NO_COLOR: '1' },
  },
});
