import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createRewardMailerReceiver } from '../../../contracts/consumers/reward-mailer/receiver.js';
import { createWebhookReceiver } from '../../../contracts/shared/webhook-receiver.js';
import { KEPT_BODY_BYTES } from '../../../scripts/tools/contracts/send-variants.js';
import { runCli } from '../../helpers/cli.js';
import { deadUrl, hangingServer, SECRET, start } from '../../helpers/receivers.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

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
    expect(stderr).toMatch(/: 453 accepted, 0 not\n4 refusal probe\(s\) sent: 4 refused, 0 accepted\n$/);
    expect(code).toBe(0);
  });

  it('fails a receiver that checks nothing: the refusal probes it accepted, grouped with hints', async () => {
    const { url, stop } = await start(createServer((_q, s) => s.writeHead(204).end()));
    stops.push(stop);
    const result = await runCli(['verify-receiver', '--url', url, '--secret', SECRET, '--event', COMPLETED]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `accepted a delivery with no signature: 1 of 1 — does the receiver check the signature header? (first: ${COMPLETED}: no X-Voucherify-Signature header → 204)`,
      `accepted a delivery signed with another secret: 1 of 1 — does the receiver verify the signature with its own secret? (first: ${COMPLETED}: signed with another secret → 204)`,
      `accepted a body altered after signing: 1 of 1 — does the receiver compute the signature over the raw body it received, before parsing it? (first: ${COMPLETED}: body altered after signing → 204)`,
      `accepted (reported only) a signed body that breaks the schema: 1 of 1 — a tolerant reader may; does the receiver validate the body? (fails the run only with --strict) (first: ${COMPLETED}: body breaks the schema: /customer is required but missing → 204)`,
      '',
    ]);
    expect(result.stderr).toMatch(/: 453 accepted, 0 not\n4 refusal probe\(s\) sent: 0 refused, 4 accepted\n$/);
    const skipped = await runCli(['verify-receiver', '--url', url, '--secret', SECRET, '--event', COMPLETED, '--no-refusals']);
    expect([skipped.code, skipped.stdout]).toEqual([0, '']);
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
      'port 1 (once, not once per payload)',
      async () => ['--url', 'http://127.0.0.1:1/hook'],
      /^webhook-contracts verify-receiver: error: --url: cannot connect to http:\/\/127\.0\.0\.1:1\/hook: connection refused/,
    ],
    [
      'a bad --idempotency-key, blaming it and not --url',
      async () => ['--url', await deadUrl(), '--idempotency-key', 'reward_redemption/id'],
      /--idempotency-key: "reward_redemption\/id" is not a JSON pointer/,
    ],
    [
      'a credential the spec does not call for, naming what it declares',
      async () => ['--url', await deadUrl(), '--bearer', 'tok'],
      /--bearer: the spec does not call for an HTTP bearer token; it declares an HMAC signature \(X-Voucherify-Signature, preset voucherify\)/,
    ],
    [
      'a --header without a colon',
      async () => ['--url', 'http://127.0.0.1:1/x', '--header', 'X-Ok: 1', '--header', 'X-Event'],
      /^webhook-contracts verify-receiver: error: --header #2: "X-Event" has no colon \(write it as 'Name: value'\)\n$/,
    ],
    [
      'a --header whose name is not a token',
      async () => ['--url', 'http://127.0.0.1:1/x', '--header', 'X Event: a'],
      /--header #1: "X Event" is not an HTTP header name/,
    ],
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

  it('keeps a few KB of an endless 500 body and closes the connection: bytes kept and read are bounded', async () => {
    let written = 0;
    const endless = createServer((request, response) => {
      request.resume();
      response.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!response.destroyed) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
      };
      pump();
    });
    const { code, report, stdout } = await verifyReceiver(endless, '--timeout-ms', '5000');
    expect(code).toBe(1);
    expect(report?.sent).toBe(453);
    const body = report?.failed[0]?.body ?? '';
    expect(body).toBe(`${'x'.repeat(KEPT_BODY_BYTES)}… (cut at ${KEPT_BODY_BYTES} bytes)`);
    // The server could push at most its socket buffers per delivery before the client closed: far below 64 MB in all.
    // Each delivery let the server queue at most the loopback socket buffers (measured: about 4 MB) before the
    // client closed; a reader that buffered the whole answer would take gigabytes before its 5 s timeout.
    expect(written / 453).toBeLessThan(16 * 1024 * 1024);
    process.stderr.write(`endless body: ${(written / 453 / 1024).toFixed(0)} KiB written per delivery before the close\n`);
    expect(stdout.length).toBeLessThan(453 * (KEPT_BODY_BYTES + 400) * 2);
  });

  it('groups identical failures into one line with what they mean', async () => {
    const { url, stop } = await start(createRewardMailerReceiver(SECRET));
    stops.push(stop);
    const result = await runCli(['verify-receiver', '--url', url, '--secret', 'wrong', '--event', COMPLETED]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^453 × 401: the credentials were refused: check --secret, --basic-auth, --bearer or --api-key — \{"error":"SignatureError","message":"the X-Voucherify-Signature header does not match the body \(wrong secret, or the body was changed\)"\} \(first: customer\.reward_redemptions\.completed: documented example\)\n$/,
    );
  });

  it('fails an event with nothing to send, naming it and the first problem of its examples', async () => {
    const dir = writeFiles({ 'openapi.yaml': minimalSpec({ example: { id: 42 } }) });
    const { url, stop } = await start(createServer((_q, s) => s.writeHead(204).end()));
    stops.push(stop);
    const result = await runCli(['verify-receiver', '--spec', `${dir}/openapi.yaml`, '--url', url]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('thing.happened: nothing to send: every example is invalid (1): documented example: /id must be string\n');
    expect(result.stderr).toContain('the spec declares no credentials (no x-webhook-signature, no security): none are sent\n');
    expect(result.stderr.match(/declares no credentials/g)).toHaveLength(1);
    expect(result.stderr).toMatch(/0 documented payload\(s\) sent .*: 0 accepted, 0 not; 1 event\(s\) with nothing to send\n$/);
  });
});
