// Runs the Pact Verifier in its own process, because the native verifier prints its progress straight
// to standard output, which must not mix with the command's own output. Plain JavaScript, so that the
// process starts without a TypeScript loader. Job format: VerifierJob in run-verifier.ts.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { MessageProviderPact, providerWithMetadata } from '@pact-foundation/pact';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const produce = (descriptor) => {
  const description = descriptor.description ?? '';
  if (!Object.hasOwn(job.payloads, description)) return Promise.reject(new Error(`no payload for "${description}"`));
  return Promise.resolve(job.payloads[description]);
};
// Message providers by description, state handlers by state name; the metadata the consumer
// expects (contentType) is produced beside the body.
const messageProviders = Object.fromEntries(
  Object.keys(job.payloads).map((d) => [d, providerWithMetadata(produce, { contentType: 'application/json' })]),
);
const stateHandlers = Object.fromEntries(job.states.map((s) => [s, () => Promise.resolve()]));
const verifier = new MessageProviderPact({
  provider: job.provider,
  pactUrls: job.pactUrls,
  messageProviders,
  stateHandlers,
  logLevel: 'error',
});
let report;
try {
  report = String(await verifier.verify());
} catch (error) {
  report = error instanceof Error ? error.message : String(error);
}
writeFileSync(`${job.reportPath}.tmp`, report);
renameSync(`${job.reportPath}.tmp`, job.reportPath);
