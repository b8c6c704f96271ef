// Runs the Pact Verifier against a receiver over HTTP in its own process: the verifier's native core prints
// its progress ("Verifying a pact between ...") straight to standard output, which would land in the middle
// of the test runner's report. The parent (http-verifier.ts) keeps that output in a log file instead.
// Job format: HttpVerifierJob in http-verifier.ts.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Verifier } from '@pact-foundation/pact';
import { signWebhook } from '../../scripts/index.js';
import type { HttpVerifierJob } from './http-verifier.js';

const job = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as HttpVerifierJob;

/** The pact carries a placeholder signature: sign each body exactly as the verifier's proxy forwards it. */
function resign(req: IncomingMessage & { body?: unknown }, _res: unknown, next: () => void): void {
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.from(JSON.stringify(req.body ?? {}));
  req.headers['x-voucherify-signature'] = signWebhook(body, job.secret);
  next();
}

try {
  await new Verifier({
    provider: job.provider,
    providerBaseUrl: job.providerBaseUrl,
    pactUrls: job.pactUrls,
    logLevel: 'error',
    requestFilter: resign as never,
  }).verifyProvider();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
