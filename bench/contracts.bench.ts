import { spawnSync } from 'node:child_process';
import { createRewardMailerReceiver } from '../contracts/consumers/reward-mailer/receiver.js';
import { listen } from '../contracts/shared/webhook-receiver.js';
import { loadSpec } from '../scripts/core/spec/load.js';
import { signWebhook } from '../scripts/runtime/signature.js';
import { documentedPayloads } from '../scripts/tools/contracts/documented-payloads.js';
import { DEFAULT_PACTS, readPacts } from '../scripts/tools/contracts/pact-file.js';
import { sendVariants } from '../scripts/tools/contracts/send-variants.js';
import { verifyPacts } from '../scripts/tools/contracts/verify-pacts.js';
import { verifyReceiver } from '../scripts/tools/contracts/verify-receiver.js';
import { type Benchmark, type BenchRow, medianMs } from './harness.js';

const SUITE_TARGET_MS = 30_000;

/** The contract suite: variant generation, Pact verification, receivers over HTTP, and the whole `npm run contracts`. */
export const run: Benchmark = async (context) => {
  const heavy = Math.min(context.repeat, 3);
  const baseline = await medianMs(context.repeat, () => loadSpec('openapi/openapi.yaml'));
  const spec = await loadSpec('openapi/openapi.yaml');
  const events = documentedPayloads(spec);
  const generate = await medianMs(context.repeat, async () => documentedPayloads(await loadSpec('openapi/openapi.yaml')));
  const pacts = readPacts(DEFAULT_PACTS);
  let checks = 0;
  const verify = await medianMs(heavy, async () => {
    checks = (await verifyPacts('voucherify-webhooks', pacts, events)).checks;
  });
  let exhaustiveChecks = 0;
  const exhaustive = await timeOnce(async () => {
    exhaustiveChecks = (await verifyPacts('voucherify-webhooks', pacts, events, { exhaustive: true })).checks;
  });
  const completed = events.find((e) => e.eventType === 'customer.reward_redemptions.completed')?.variants ?? [];
  const server = createRewardMailerReceiver('bench-secret');
  const url = await listen(server, 0);
  const receiver = await medianMs(heavy, () =>
    sendVariants(url, completed, {
      auth: (_type, body) => ({ 'x-voucherify-signature': signWebhook(body, 'bench-secret') }),
      timeoutMs: 10_000,
      idempotencyKey: '/reward_redemption/id',
    }),
  );
  // The refusal probes' cost per event: verify-receiver on the mailer with and without them.
  const check = (refusals: boolean) => () =>
    verifyReceiver(spec, {
      url,
      timeoutMs: 10_000,
      event: 'customer.reward_redemptions.completed',
      credentials: { secret: 'bench-secret' },
      env: {},
      headers: [],
      refusals,
      strict: false,
      runId: 'bench',
    });
  let probes = 0;
  const withProbes = await medianMs(heavy, async () => {
    probes = (await check(true)()).probes.length;
  });
  const withoutProbes = await medianMs(heavy, check(false));
  server.close();
  const suite = await medianMs(Math.min(context.repeat, 2), () => {
    const result = spawnSync('npm', ['run', 'contracts'], { stdio: 'ignore', env: { ...process.env, HTTP_PROXY: '', HTTPS_PROXY: '' } });
    if (result.status !== 0) throw new Error('npm run contracts failed');
  });
  const ratio = (ms: number) => ms / baseline;
  const rows: BenchRow[] = [
    {
      name: 'whole `npm run contracts` (consumer tests, verify, check-pacts)',
      value: suite,
      ratio: ratio(suite),
      target: '< 30 s',
      met: suite < SUITE_TARGET_MS,
    },
    { name: 'generate every documented payload (load + variants)', value: generate, ratio: ratio(generate) },
    { name: `verify both consumers (${checks} messages through the Pact Verifier)`, value: verify, ratio: ratio(verify) },
    { name: 'one verified message (verify time / messages)', value: verify / checks, ratio: ratio(verify / checks) },
    { name: `verify --exhaustive (${exhaustiveChecks} messages, run once)`, value: exhaustive, ratio: ratio(exhaustive) },
    {
      name: 'one verified message, exhaustive (time / messages)',
      value: exhaustive / exhaustiveChecks,
      ratio: ratio(exhaustive / exhaustiveChecks),
    },
    { name: `verify-receiver: ${completed.length} signed payloads to the mailer over HTTP`, value: receiver, ratio: ratio(receiver) },
    {
      name: '`verify-receiver --event …completed --no-refusals` (its documented payloads only)',
      value: withoutProbes,
      ratio: ratio(withoutProbes),
    },
    { name: `the same with its ${probes} refusal probes (the default)`, value: withProbes, ratio: ratio(withProbes) },
    {
      name: 'the refusal probes of one event (the difference)',
      value: withProbes - withoutProbes,
      ratio: ratio(withProbes - withoutProbes),
    },
    ...events.map((e) => ({ name: `documented payloads of ${e.eventType}`, value: e.variants.length, unit: 'variants' })),
  ];
  return {
    title: 'Contracts: consumers verified against every documented payload',
    baseline: `loading the spec (\`loadSpec\`), ${baseline.toFixed(0)} ms`,
    rows,
    notes: [
      '`verify` sends one payload per shape a consumer reads (payloads that agree on every field a pact declares get one verdict); `--exhaustive` sends every documented payload.',
      'The Pact Verifier runs in a child process (its native core prints to standard output); its start-up is part of every verify figure.',
    ],
  };
};

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
