import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { writeFiles } from '../../helpers/temp-spec.js';

/** Two events whose bodies name their type at /type, as the document declares. */
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'orders', version: '1' },
  'x-webhook-event-type': '/type',
  webhooks: Object.fromEntries(
    ['order.paid', 'order.refunded'].map((type) => [
      type,
      {
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${type === 'order.paid' ? 'Paid' : 'Refunded'}` } } },
          },
          responses: { '200': { description: 'accepted' } },
        },
      },
    ]),
  ),
  components: {
    schemas: {
      Paid: { type: 'object', required: ['type', 'amount'], properties: { type: { const: 'order.paid' }, amount: { type: 'integer' } } },
      Refunded: {
        type: 'object',
        required: ['type', 'reason'],
        properties: { type: { const: 'order.refunded' }, reason: { type: 'string' } },
      },
    },
  },
};

const ndjson = (...lines: object[]) => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n\n`;

/** A captured corpus: files in a folder and a subfolder, an NDJSON file with a bare body and items, a README left alone. */
function corpus(): string {
  return writeFiles({
    'openapi.yaml': SPEC,
    'corpus/paid.json': JSON.stringify({ type: 'order.paid', amount: 100 }),
    'corpus/refunded.json': JSON.stringify({ type: 'order.refunded', reason: 5 }),
    'corpus/README.md': '# not a payload',
    'corpus/sub/more.ndjson': ndjson(
      { type: 'order.refunded', reason: 'late' },
      { event: 'order.paid', body: { type: 'order.paid', amount: 'ten' } },
      { type: 'order.payed', amount: 1 },
      { amount: 1 },
    ),
  });
}

describe('validate: many payloads at once, each against the event the spec says it is', () => {
  it('reads a folder (NDJSON lines and {event, body} items included) and prints one report', async () => {
    const dir = corpus();
    const at = (name: string) => join(dir, 'corpus', name);
    const result = await runCli(['validate', '--spec', join(dir, 'openapi.yaml'), join(dir, 'corpus')]);
    expect(result).toEqual({
      code: 1,
      stdout: [
        `ok ${at('paid.json')} order.paid`,
        `${at('refunded.json')} order.refunded /reason must be string`,
        `ok ${at('sub/more.ndjson')}:1 order.refunded`,
        `${at('sub/more.ndjson')}:2 order.paid /amount must be integer`,
        `${at('sub/more.ndjson')}:3 (no event) the payload names event type "order.payed", not an event of the spec (known: order.paid, order.refunded)`,
        `${at('sub/more.ndjson')}:4 (no event) no event type where the spec says it is: the body at /type`,
        '',
      ].join('\n'),
      stderr: '6 payloads: 2 valid, 2 invalid, 2 without a known event type\n',
    });
  });

  it('gives the same report as JSON: findings with file, NDJSON line and pointer, and the counts', async () => {
    const dir = corpus();
    const result = await runCli(['validate', '--spec', join(dir, 'openapi.yaml'), '--format', 'json', join(dir, 'corpus/sub/more.ndjson')]);
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    expect(report.summary).toEqual({ payloads: 4, valid: 1, invalid: 1, unresolved: 2 });
    expect(report.results.map((r: { event: string | null; valid: boolean }) => [r.event, r.valid])).toEqual([
      ['order.refunded', true],
      ['order.paid', false],
      [null, false],
      [null, false],
    ]);
    expect(report.results[1].findings).toEqual([
      {
        id: 'payload-invalid',
        level: 'error',
        message: 'must be integer',
        location: { file: expect.stringMatching(/corpus\/sub\/more\.ndjson$/), line: 2, col: 0, pointer: '/amount' },
      },
    ]);
    expect(report.results.slice(2).map((r: { findings: Array<{ id: string }> }) => r.findings[0]?.id)).toEqual([
      'event-unknown',
      'event-unresolved',
    ]);
  });

  it('--event applies to the payloads that do not name their own', async () => {
    const dir = writeFiles({
      'openapi.yaml': SPEC,
      'items.ndjson': ndjson(
        { type: 'order.refunded', reason: 'x' },
        { event: 'order.refunded', body: { type: 'order.refunded', reason: 'x' } },
      ),
    });
    const result = await runCli(['validate', '--spec', join(dir, 'openapi.yaml'), '--event', 'order.paid', join(dir, 'items.ndjson')]);
    expect(result.stdout.split('\n')).toEqual([
      `${join(dir, 'items.ndjson')}:1 /amount is required but missing`,
      `${join(dir, 'items.ndjson')}:1 /type must be "order.paid"`,
      `ok ${join(dir, 'items.ndjson')}:2 order.refunded`,
      '',
    ]);
  });

  it('says where an NDJSON line is not JSON (exit 2, nothing printed on stdout)', async () => {
    const dir = writeFiles({ 'openapi.yaml': SPEC, 'bad.ndjson': '{"type": "order.paid", "amount": 1}\n{"type": \n' });
    const result = await runCli(['validate', '--spec', join(dir, 'openapi.yaml'), join(dir, 'bad.ndjson')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^webhook-contracts validate: error: ${join(dir, 'bad.ndjson')}:2: not valid JSON: .+ \\(an NDJSON file holds one JSON document per line\\)\\n$`,
      ),
    );
  });
});
