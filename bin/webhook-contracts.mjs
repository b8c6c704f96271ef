#!/usr/bin/env node
// Runs the CLI from its compiled build (see cli-build.mjs), or from the TypeScript sources through tsx
// when there is none: no build step between `npm ci` and the first command either way.
process.env.REDOCLY_TELEMETRY ??= 'off';
process.env.PACT_DO_NOT_TRACK ??= 'true';
// `webhook-contracts bundle | head`: once the reader has gone, stop quietly (as `cat` does) instead of
// dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { builtCli } = await import('./cli-build.mjs');
const built = await builtCli();
let main;
if (built) ({ main } = await import(built));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../scripts/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
