import { truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { start } from '../../helpers/receivers.js';
import { tempDir, writeFiles } from '../../helpers/temp-spec.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const event = (schema: object, example?: unknown) => ({
  post: {
    requestBody: {
      required: true,
      content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } },
    },
    responses: { '204': { description: 'Accepted' } },
  },
});
const order = {
  type: 'object',
  required: ['id', 'total', 'placed_at'],
  properties: {
    id: { type: 'string', pattern: '^ord_[a-z0-9]{6}$' },
    total: { type: 'integer', minimum: 1 },
    placed_at: { type: 'string', format: 'date-time' },
    note: { type: ['string', 'null'], maxLength: 20 },
  },
};
/** Most events document no example, as in large published specs; one admits no value at all. */
const spec = {
  openapi: '3.1.0',
  info: { title: 'Shop', version: '1.0.0' },
  webhooks: {
    'order.placed': event(order, { id: 'ord_abc123', total: 5, placed_at: '2026-01-01T00:00:00Z' }),
    'order.paid': event(order),
    'order.shipped': event({
      type: 'object',
      required: ['id', 'carrier'],
      properties: { id: { type: 'string' }, carrier: { enum: ['ups', 'dhl'] } },
    }),
    'order.impossible': event({ type: 'object', required: ['id'], properties: { id: false } }),
  },
};

async function receiving(): Promise<{ url: string; bodies: Array<[string, unknown]> }> {
  const bodies: Array<[string, unknown]> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      bodies.push([String(request.url), JSON.parse(Buffer.concat(chunks).toString())]);
      response.writeHead(204).end();
    });
  });
  const { url, stop } = await start(server);
  stops.push(stop);
  return { url, bodies };
}

/** Writes a file and returns its path. */
function write(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

describe('verify-receiver payloads from outside the spec', () => {
  const dir = writeFiles({ 'openapi.yaml': spec });
  const base = (url: string) => ['verify-receiver', '--spec', `${dir}/openapi.yaml`, '--url', url, '--no-refusals', '--format', 'json'];

  it('sends payloads generated from the schema for every event without an example, the same on every run', async () => {
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const { url, bodies } = await receiving();
      const result = await runCli(base(url));
      const report = JSON.parse(result.stdout) as { sent: number; nothingToSend: Array<{ eventType: string; reason: string }> };
      runs.push({ result, report, bodies: bodies.map(([, b]) => b) });
    }
    const [first, second] = runs;
    expect(first?.report.nothingToSend).toEqual([
      {
        eventType: 'order.impossible',
        reason: 'it documents no example of its body, and no payload generated from its schema is valid: /id boolean schema is false',
      },
    ]);
    expect(first?.result.code).toBe(1);
    const shipped = first?.bodies.filter((b) => typeof (b as { carrier?: unknown }).carrier === 'string') ?? [];
    expect(shipped.length).toBeGreaterThan(0);
    const paid = first?.bodies.filter(
      (b) => /^ord_[a-z0-9]{6}$/.test((b as { id: string }).id) && (b as { id: string }).id !== 'ord_abc123',
    );
    expect(paid?.length).toBeGreaterThan(0);
    expect(second?.bodies).toEqual(first?.bodies);
  });

  it('--payloads sends captured payloads (NDJSON, JSON, folder, bare bodies with --event), listing invalid ones unsent', async () => {
    const files = tempDir();
    writeFileSync(
      `${files}/captured.ndjson`,
      [
        JSON.stringify({ event: 'order.paid', body: { id: 'ord_zzz999', total: 9, placed_at: '2026-02-02T00:00:00Z' } }),
        '',
        JSON.stringify({ event: 'order.paid', body: { id: 'nope', total: 0, placed_at: 'x' } }),
      ].join('\n'),
    );
    const { url, bodies } = await receiving();
    const result = await runCli([...base(url), '--payloads', `${files}/captured.ndjson`]);
    const report = JSON.parse(result.stdout) as { sent: number; invalidPayloads: unknown[] };
    expect(report.sent).toBe(1);
    expect(bodies.map(([, b]) => (b as { id: string }).id)).toEqual(['ord_zzz999']);
    expect(report.invalidPayloads).toEqual([
      { position: `${files}/captured.ndjson:3`, event: 'order.paid', problem: '/id must match pattern "^ord_[a-z0-9]{6}$"' },
    ]);
    expect(result.code).toBe(1);

    const folder = writeFiles({
      'a.json': JSON.stringify({ carrier: 'ups', id: 's1' }),
      'b.json': JSON.stringify([{ carrier: 'dhl', id: 's2' }]),
      'notes.txt': 'ignored',
    });
    const shipped = await receiving();
    const bare = await runCli([...base(shipped.url), '--event', 'order.shipped', '--payloads', folder]);
    expect(bare.code).toBe(0);
    expect(shipped.bodies.map(([, b]) => b)).toEqual([
      { carrier: 'ups', id: 's1' },
      { carrier: 'dhl', id: 's2' },
    ]);
  });

  it.each([
    ['an unreadable path', (f: string) => `${f}/missing.json`, /^--payloads: cannot read .*missing\.json: ENOENT/],
    [
      'a line that is not JSON',
      (f: string) => write(`${f}/bad.ndjson`, '{"event":"order.paid","body":{}}\n{oops\n'),
      /bad\.ndjson:2: not JSON: /,
    ],
    [
      'a bare body without --event',
      (f: string) => write(`${f}/bare.json`, '[{"id":"x"}]'),
      /bare\.json#\/0: a bare body, and no --event says whose/,
    ],
    ['an unknown event', (f: string) => write(`${f}/u.json`, '{"event":"order.lost","body":{}}'), /u\.json: unknown event "order\.lost"/],
    [
      'more than 64 MiB',
      (f: string) => {
        writeFileSync(`${f}/big.json`, '');
        truncateSync(`${f}/big.json`, 64 * 1024 * 1024 + 1);
        return `${f}/big.json`;
      },
      /big\.json: more than 64 MiB of payloads/,
    ],
  ])('refuses %s with exit 2, one line, nothing sent', async (_name, make, message) => {
    const { url, bodies } = await receiving();
    const result = await runCli([...base(url), '--payloads', make(tempDir())]);
    expect(result.code).toBe(2);
    expect(result.stderr.replace(/^webhook-contracts verify-receiver: error: /, '')).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(bodies).toEqual([]);
  });
});
