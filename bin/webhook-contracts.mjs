#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx: no build step between `npm ci` and the first command.
process.env.REDOCLY_TELEMETRY ??= 'off';
process.env.PACT_DO_NOT_TRACK ??= 'true';
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../scripts/cli.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
