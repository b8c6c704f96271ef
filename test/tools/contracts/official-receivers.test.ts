import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { GITHUB_PATH, githubReceiver } from '../../helpers/official-receivers/github.js';
import { standardWebhooksReceiver } from '../../helpers/official-receivers/standard-webhooks.js';
import { stripeReceiver } from '../../helpers/official-receivers/stripe.js';
import { svixReceiver } from '../../helpers/official-receivers/svix.js';
import { start } from '../../helpers/receivers.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const WHSEC = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER_WHSEC = 'whsec_c2VjcmV0LW9mLWFub3RoZXItcHJvamVjdA==';
const fixture = (name: string) => `test/fixtures/official/${name}.yaml`;

interface Case {
  spec: string;
  secret: string;
  wrong: string;
  path?: string;
  receiver: (secret: string, received: string[]) => Server;
  /** What the library emitted for the documented payloads, when it names events. */
  emitted?: string[];
  /** The status the library answers a wrong signature with. */
  refusal: number;
}

const cases: Array<[string, Case]> = [
  ['standardwebhooks', { spec: 'standard-webhooks', secret: WHSEC, wrong: OTHER_WHSEC, receiver: standardWebhooksReceiver, refusal: 401 }],
  ['svix', { spec: 'standard-webhooks', secret: WHSEC, wrong: OTHER_WHSEC, receiver: svixReceiver, refusal: 401 }],
  [
    '@octokit/webhooks',
    {
      spec: 'github',
      secret: 'gh-secret',
      wrong: 'not-gh-secret',
      path: GITHUB_PATH,
      receiver: githubReceiver,
      emitted: ['issues.opened', 'issues.closed'],
      refusal: 400,
    },
  ],
  [
    'stripe constructEvent',
    {
      spec: 'stripe',
      secret: 'whsec_stripe_test',
      wrong: 'whsec_other',
      receiver: stripeReceiver,
      emitted: ['charge.succeeded'],
      refusal: 400,
    },
  ],
];

async function verify(c: Case, secret: string, received: string[]) {
  const { url, stop } = await start(c.receiver(c.secret, received));
  stops.push(stop);
  const target = c.path ? new URL(c.path, url).href : url;
  return runCli(['verify-receiver', '--spec', fixture(c.spec), '--url', target, '--secret', secret, '--format', 'json']);
}

describe("verify-receiver against receivers built on each preset's official library", () => {
  it.each(cases)('%s: passes with the right secret, every refusal probe refused', async (_name, c) => {
    const received: string[] = [];
    const result = await verify(c, c.secret, received);
    const report = JSON.parse(result.stdout) as {
      failed: unknown[];
      probes: Array<{ kind: string; accepted: boolean }>;
    };
    expect(report.failed).toEqual([]);
    // The libraries check signatures, not schemas: the schema-breaking body is accepted, and only reported.
    expect([...new Set(report.probes.filter((p) => p.accepted).map((p) => p.kind))]).toEqual(['schema-breaking']);
    expect(report.probes.length).toBeGreaterThan(3);
    expect(result.code).toBe(0);
    if (c.emitted) expect([...new Set(received)]).toEqual(c.emitted);
  });

  it.each(cases)('%s: fails with the wrong secret, each delivery refused by the library', async (_name, c) => {
    const result = await verify(c, c.wrong, []);
    const report = JSON.parse(result.stdout) as { sent: number; failed: Array<{ status: number }> };
    expect(result.code).toBe(1);
    expect(report.failed).toHaveLength(report.sent);
    expect(new Set(report.failed.map((f) => f.status))).toEqual(new Set([c.refusal]));
  });
});

describe('--strict on a library receiver that checks signatures, not schemas', () => {
  it('fails it for accepting a signed body that breaks the schema, naming the problem', async () => {
    const { url, stop } = await start(stripeReceiver('whsec_stripe_test'));
    stops.push(stop);
    const args = ['verify-receiver', '--spec', fixture('stripe'), '--url', url, '--secret', 'whsec_stripe_test'];
    expect((await runCli(args)).code).toBe(0);
    const strict = await runCli([...args, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(
      'accepted a signed body that breaks the schema: 1 of 1 — a tolerant reader may; does the receiver validate the body? (fails the run only with --strict) (first: charge.succeeded: body breaks the schema: /id is required but missing → 200)\n',
    );
  });
});
