import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createRewardMailerReceiver } from '../../../contracts/consumers/reward-mailer/receiver.js';
import { createWebhookReceiver } from '../../../contracts/shared/webhook-receiver.js';
import { runCli } from '../../helpers/cli.js';
import { deadUrl, hangingServer, SECRET, start } from '../../helpers/receivers.js';

const COMPLETED = 'customer.reward_redemptions.completed';
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function verifyReceiver(server: Server, ...extra: string[]) {
  const { url, stop } = await start(server);
  stops.push(stop);
  const result = await runCli(['verify-receiver', '--url', url, '--secret', SECRET, '--event', COMPLETED, '--format', 'json', ...extra]);
  const report =
    result.code < 2
      ? (JSON.parse(result.stdout) as {
          sent: number;
          failed: Array<{ variant: string; status: number | null; body: string }>;
          findings: Array<Record<string, unknown>>;
        })
      : undefined;
  return { ...result, report };
}

/** A receiver with the bug the issue names: it reads the publication without checking for null. */
const crashesOnNullPublication = () =>
  createWebhookReceiver({
    secret: SECRET,
    eventType: COMPLETED,
    handle: async (p) => {
      if ('publication' in p) (p.publication as { id: string }).id.toUpperCase();
      return 'processed';
    },
  });

/** Another: it lower-cases the email whenever the key is there, null or not. */
const crashesOnNullEmail = () =>
  createWebhookReceiver({
    secret: SECRET,
    eventType: COMPLETED,
    handle: async (p) => {
      if ('email' in p.customer) (p.customer.email as string).toLowerCase();
      return 'processed';
    },
  });

describe('webhook-contracts verify-receiver', () => {
  it('accepts the example receiver: every documented payload answered with 2xx', async () => {
    const { code, report, stderr } = await verifyReceiver(createRewardMailerReceiver(SECRET));
    expect(report?.failed).toEqual([]);
    expect(stderr).toMatch(/: 453 accepted, 0 not\n$/);
    expect(code).toBe(0);
  });

  it('catches a receiver that crashes on a null publication: only the generated variant shows it', async () => {
    const { code, report } = await verifyReceiver(crashesOnNullPublication());
    expect(code).toBe(1);
    expect(report?.failed.map((f) => [f.variant, f.status])).toEqual([['publication is null', 500]]);
    expect(report?.failed[0]?.body).toContain('"error":"handler failed"');
  });

  it('catches a receiver that crashes on a null customer.email: accepted only when the email is filled or absent', async () => {
    const { code, report } = await verifyReceiver(crashesOnNullEmail());
    expect(code).toBe(1);
    const failed = new Set(report?.failed.map((f) => f.variant));
    expect(failed.has('customer.email is null')).toBe(true);
    expect(failed.has('documented example')).toBe(true);
    expect(report?.sent).toBe(453);
    expect(failed.size).toBe(451);
    expect(['customer.email is filled', 'customer.email is absent'].filter((v) => failed.has(v))).toEqual([]);
  });

  it('lists every payload answered 500, with status and body', async () => {
    const { code, report } = await verifyReceiver(createServer((_q, s) => s.writeHead(500).end('boom')));
    expect(code).toBe(1);
    expect(report?.failed).toHaveLength(453);
    expect(report?.failed[0]).toEqual({ eventType: COMPLETED, variant: 'documented example', status: 500, body: 'boom' });
    expect(report?.findings[0]).toEqual({
      id: 'payload-refused',
      level: 'error',
      message: `${COMPLETED}: documented example: 500 boom`,
      location: { file: '', line: 0, col: 0, pointer: '' },
    });
  });

  it('gives up on a hanging receiver after one bounded timeout', async () => {
    const { code, report } = await verifyReceiver(hangingServer(), '--timeout-ms', '300');
    expect(code).toBe(1);
    expect(report?.failed[0]).toEqual({
      eventType: COMPLETED,
      variant: 'documented example',
      status: null,
      body: 'no answer within 300 ms',
    });
    expect(report?.failed[1]?.body).toBe('not sent: the receiver stopped answering');
  });

  it.each([
    [
      'a receiver that is down',
      async () => ['--url', await deadUrl()],
      /--url: cannot connect to http:\/\/127\.0\.0\.1:\d+\/webhooks\/voucherify: connection refused/,
    ],
    [
      'a remote URL without --allow-remote',
      async () => ['--url', 'http://example.com/hook'],
      /--url: example\.com is not this machine \(pass --allow-remote/,
    ],
    ['a missing --url', async () => [], /--url URL is required/],
    [
      'a bad --timeout-ms',
      async () => ['--url', 'http://127.0.0.1:1/x', '--timeout-ms', 'soon'],
      /--timeout-ms must be a positive whole number/,
    ],
  ])('refuses %s with exit 2 and one line', async (_name, args, message) => {
    const result = await runCli(['verify-receiver', '--secret', SECRET, '--event', COMPLETED, ...(await args())]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
