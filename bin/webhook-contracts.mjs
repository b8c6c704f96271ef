#!/usr/bin/env node
// Runs the CLI compiled by `npm run build` (the `prepare` script: `npm ci` and `npm pack` build it once).
// In a checkout, WEBHOOK_CONTRACTS_TSX=1 runs the TypeScript sources through tsx instead (development only:
// tsx is a devDependency), and so does a checkout that was never built.
import { existsSync } from 'node:fs';

process.env.REDOCLY_TELEMETRY ??= 'off';
process.env.PACT_DO_NOT_TRACK ??= 'true';
// `webhook-contracts bundle | head`: once the reader has gone, stop quietly (as `cat` does) instead of
// dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const compiled = new URL('../dist/cli/main.js', import.meta.url);
const sources = new URL('../scripts/cli/main.ts', import.meta.url);
let main;
if (process.env.WEBHOOK_CONTRACTS_TSX !== '1' && existsSync(compiled)) ({ main } = await import(compiled.href));
else if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(sources.href));
} else {
  process.stderr.write('webhook-contracts: the compiled CLI (dist/) is missing: run `npm run build` in the package folder\n');
  process.exit(3);
}
process.exitCode = await main(process.argv.slice(2));
