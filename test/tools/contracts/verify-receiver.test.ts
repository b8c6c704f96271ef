import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { verifyWebhookSignature } from '../../../scripts/runtime/signature.js';
import { SIGNATURE_PRESETS } from '../../../scripts/runtime/signature-scheme.js';
import { type ReceiverCheck, verifyReceiver } from '../../../scripts/tools/contracts/verify-receiver.js';
import { start } from '../../helpers/receivers.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
type Handler = (request: IncomingMessage, body: string) => number;

/** A receiver answering what `handle` decides, with the raw body and the request's headers. */
function receiver(handle: Handler): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => response.writeHead(handle(request, Buffer.concat(chunks).toString('utf8'))).end());
  });
}

const verified =
  (preset: keyof typeof SIGNATURE_PRESETS, options: { ignoreTime?: boolean; ignoreSchema?: boolean } = {}): Handler =>
  (request, body) => {
    try {
      const now = options.ignoreTime ? Number(request.headers['webhook-timestamp']) : undefined;
      verifyWebhookSignature(body, request.headers, SECRET, SIGNATURE_PRESETS[preset], now);
    } catch {
      return 401;
    }
    return options.ignoreSchema || typeof JSON.parse(body).id === 'string' ? 204 : 400;
  };

async function run(spec: object, handle: Handler, check: Partial<ReceiverCheck> = {}) {
  const dir = writeFiles({ 'openapi.yaml': spec });
  const { url, stop } = await start(receiver(handle));
  stops.push(stop);
  return verifyReceiver(await loadSpec(`${dir}/openapi.yaml`), {
    url,
    timeoutMs: 5000,
    credentials: { secret: SECRET },
    env: {},
    headers: [],
    refusals: true,
    strict: false,
    runId: 'test',
    ...check,
  });
}

const signed = (preset: string) => minimalSpec({ extra: { 'x-webhook-signature': preset } });
const accepted = (report: Awaited<ReturnType<typeof run>>) =>
  report.refusals.filter((g) => g.accepted > 0).map((g) => [g.kind, g.accepted, g.failing]);

describe('verify-receiver refusal probes', () => {
  it.each([
    [
      'checks nothing (always 204)',
      () => 204,
      [
        ['no-signature', 1, true],
        ['other-secret', 1, true],
        ['altered-body', 1, true],
        ['stale-timestamp', 1, true],
        ['schema-breaking', 1, false],
      ],
    ],
    ['checks the signature and the body', verified('standard-webhooks'), []],
    ['checks the signature but not the time', verified('standard-webhooks', { ignoreTime: true }), [['stale-timestamp', 1, true]]],
    [
      'only checks that a signature header is there',
      (r: IncomingMessage) => (r.headers['webhook-signature'] ? 204 : 401),
      [
        ['other-secret', 1, true],
        ['altered-body', 1, true],
        ['stale-timestamp', 1, true],
        ['schema-breaking', 1, false],
      ],
    ],
    ['checks the signature, reads any body', verified('standard-webhooks', { ignoreSchema: true }), [['schema-breaking', 1, false]]],
  ])('standard-webhooks, a receiver that %s', async (_name, handle, want) => {
    const report = await run(signed('standard-webhooks'), handle as Handler);
    expect(report.failed).toEqual([]);
    expect(accepted(report)).toEqual(want);
    expect(report.probes.map((p) => p.kind)).toEqual([
      'no-signature',
      'other-secret',
      'altered-body',
      'stale-timestamp',
      'schema-breaking',
    ]);
    expect(report.failing).toBe(want.some(([, , failing]) => failing));
  });

  it('fails on a schema-breaking body only with --strict, naming the problem', async () => {
    const report = await run(signed('standard-webhooks'), verified('standard-webhooks', { ignoreSchema: true }), { strict: true });
    expect(report.failing).toBe(true);
    expect(report.probes.find((p) => p.kind === 'schema-breaking')?.label).toBe('body breaks the schema: /id is required but missing');
  });

  it('sends no timestamp probe for a scheme that signs none (github)', async () => {
    const report = await run(signed('github'), () => 204, { credentials: { secret: 'gh-secret' } });
    expect(report.probes.map((p) => p.kind)).toEqual(['no-signature', 'other-secret', 'altered-body', 'schema-breaking']);
    expect(report.probes[0]?.label).toBe('no X-Hub-Signature-256 header');
  });

  it.each([
    ['basic', { type: 'http', scheme: 'basic' }, { basicAuth: 'user:pass' }, 'Basic dXNlcjpwYXNz'],
    ['bearer', { type: 'http', scheme: 'bearer' }, { bearer: 'tok' }, 'Bearer tok'],
    ['apiKey', { type: 'apiKey', in: 'header', name: 'X-Api-Key' }, { apiKey: 'k1' }, 'k1'],
  ])('%s security: missing and wrong credentials are probed', async (kind, scheme, credentials, good) => {
    const header = kind === 'apiKey' ? 'x-api-key' : 'authorization';
    const spec = minimalSpec({ extra: { security: [{ Auth: [] }], components: { securitySchemes: { Auth: scheme } } } });
    const checks = await run(spec, (r) => (r.headers[header] === good ? 204 : 401), { credentials });
    expect(checks.probes.map((p) => [p.kind, p.accepted])).toEqual([
      ['missing-credentials', false],
      ['wrong-credentials', false],
      ['schema-breaking', true],
    ]);
    expect(checks.failing).toBe(false);
    const presence = await run(spec, (r) => (r.headers[header] ? 204 : 401), { credentials });
    expect(accepted(presence)).toEqual([
      ['wrong-credentials', 1, true],
      ['schema-breaking', 1, false],
    ]);
  });

  it('--no-refusals sends none', async () => {
    const report = await run(signed('standard-webhooks'), () => 204, { refusals: false });
    expect(report.probes).toEqual([]);
    expect(report.failing).toBe(false);
  });
});

describe('verify-receiver headers as the spec declares them', () => {
  const parameters = [
    { in: 'header', name: 'X-Event-Name', required: true, schema: { type: 'string' } },
    { in: 'header', name: 'X-Delivery', required: true, schema: { type: 'string', format: 'uuid' } },
    { in: 'header', name: 'X-Hook-Id', required: true, schema: { type: 'integer' }, example: 42 },
    { in: 'header', name: 'X-Optional-Shown', schema: { type: 'string' }, example: 'shown' },
    { in: 'header', name: 'X-Optional-Hidden', schema: { type: 'string' } },
  ];
  const spec = minimalSpec({
    operation: { parameters },
    extra: { 'x-webhook-signature': 'github', 'x-webhook-event-type': { header: 'X-Event-Name' } },
  });

  it('sends required headers always, optional ones with an example, a unique delivery id, the event name', async () => {
    const seen: IncomingMessage['headers'][] = [];
    await run(
      spec,
      (r) => {
        seen.push(r.headers);
        return 204;
      },
      { credentials: { secret: 'gh' }, refusals: false, headers: [['x-extra', 'yes']] },
    );
    expect(seen).toHaveLength(1);
    const h = seen[0] ?? {};
    expect(h['x-event-name']).toBe('thing.happened');
    expect(h['x-delivery']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(h['x-hook-id']).toBe('42');
    expect(h['x-optional-shown']).toBe('shown');
    expect(h['x-optional-hidden']).toBeUndefined();
    expect(h['x-extra']).toBe('yes');
    expect(h['x-hub-signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);
  });

  it('makes the delivery id unique per delivery, probes included; --header replaces a declared header', async () => {
    const ids: string[] = [];
    const hooks = new Set<string>();
    await run(
      spec,
      (r) => {
        ids.push(String(r.headers['x-delivery']));
        hooks.add(String(r.headers['x-hook-id']));
        return 401;
      },
      { credentials: { secret: 'gh' }, headers: [['x-hook-id', '7']] },
    );
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect([...hooks]).toEqual(['7']);
  });
});
