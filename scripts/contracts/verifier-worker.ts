import { readFileSync } from 'node:fs';
import { MessageProviderPact, providerWithMetadata } from '@pact-foundation/pact';
import { writeFileAtomic } from '../lib/atomic-write.js';

/** What the parent process hands to the verifier process. */
export interface VerifierJob {
  provider: string;
  pactUrls: string[];
  /** Payload to produce for each (unique) interaction description. */
  payloads: Record<string, unknown>;
  /** Every provider state the expanded pacts use. */
  states: string[];
  reportPath: string;
}

/**
 * Verifies the job's pacts with Pact's own message verification: message providers looked up by
 * description, state handlers by state name, the metadata the consumer expects produced beside the body.
 * Writes the verifier's JSON report (as the verifier returns it) to `reportPath`.
 */
export async function runJob(jobPath: string): Promise<void> {
  const job = JSON.parse(readFileSync(jobPath, 'utf8')) as VerifierJob;
  const produce = (descriptor: { description?: string }) => {
    const description = descriptor.description ?? '';
    if (!Object.hasOwn(job.payloads, description)) return Promise.reject(new Error(`no payload for "${description}"`));
    return Promise.resolve(job.payloads[description]);
  };
  const messageProviders = Object.fromEntries(
    Object.keys(job.payloads).map((d) => [d, providerWithMetadata(produce as never, { contentType: 'application/json' })]),
  );
  const stateHandlers = Object.fromEntries(job.states.map((s) => [s, () => Promise.resolve()]));
  const verifier = new MessageProviderPact({
    provider: job.provider,
    pactUrls: job.pactUrls,
    messageProviders,
    stateHandlers,
    logLevel: 'error',
  });
  let report: string;
  try {
    report = String(await verifier.verify());
  } catch (error) {
    report = error instanceof Error ? error.message : String(error);
  }
  writeFileAtomic(job.reportPath, report);
}
