import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { writeFiles } from '../../helpers/temp-spec.js';

/** One webhook whose path item is a `$ref`, with every part the event model carries. */
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Model', version: '1.0.0' },
  'x-webhook-signature': 'github',
  security: [{ Basic: [] }],
  webhooks: { 'order.paid': { $ref: '#/components/pathItems/OrderPaid' } },
  components: {
    'x-webhook-idempotency-key': '/id',
    securitySchemes: { Basic: { type: 'http', scheme: 'basic' } },
    parameters: { Sig: { name: 'X-Hub-Signature-256', in: 'header', required: true, schema: { type: 'string' } } },
    pathItems: {
      OrderPaid: {
        parameters: [{ $ref: '#/components/parameters/Sig' }],
        post: {
          deprecated: true,
          'x-sunset': '2027-01-01',
          'x-webhook-event-type': { header: 'X-Event', pointer: '/action' },
          requestBody: {
            required: true,
            content: {
              'application/xml': { schema: { type: 'string' } },
              'application/json': { schema: { $ref: '#/components/schemas/Order' } },
            },
          },
          responses: {
            '200': { description: 'ok' },
            '400': { description: 'no', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
    },
    schemas: { Order: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

describe('the event model on LoadedSpec', () => {
  it('carries every part of a delivery, with the pointers they are really at ($refs followed)', async () => {
    const spec = await loadSpec(`${writeFiles({ 'openapi.yaml': SPEC })}/openapi.yaml`);
    const [event] = spec.events;
    const at = '#/components/pathItems/OrderPaid/post';
    expect(event?.pointer).toBe(at);
    expect(event?.headers.map((h) => [h.name, h.required, h.pointer, h.schemaRef?.pointer])).toEqual([
      ['X-Hub-Signature-256', true, '#/components/parameters/Sig', '#/components/parameters/Sig/schema'],
    ]);
    expect(event?.content?.pointer).toBe(`${at}/requestBody/content/application~1json`);
    expect([event?.mediaTypes, event?.bodyRequired, event?.sunset, event?.deprecated]).toEqual([
      ['application/xml', 'application/json'],
      true,
      '2027-01-01',
      true,
    ]);
    expect([...(event?.responses.entries() ?? [])].map(([status, r]) => [status, r.pointer, r.schema?.pointer])).toEqual([
      ['200', `${at}/responses/200`, undefined],
      ['400', `${at}/responses/400`, `${at}/responses/400/content/application~1json/schema`],
    ]);
    expect(event?.security?.pointer).toBe('#/security');
    const d = event?.declarations;
    expect([d?.signature?.declared.level, d?.eventType?.declared.pointer, d?.idempotencyKey?.declared.level]).toEqual([
      'document',
      '/components/pathItems/OrderPaid/post/x-webhook-event-type',
      'components',
    ]);
    expect(d?.eventType).toMatchObject({ header: 'X-Event', pointer: '/action' });
  });

  it('normalises a schema once per loaded spec: schema(pointer) is cached', async () => {
    const spec = await loadSpec(`${writeFiles({ 'openapi.yaml': SPEC })}/openapi.yaml`);
    const pointer = spec.events[0]?.content?.schema?.pointer as string;
    const norm = spec.schema(pointer);
    expect(norm.pointer).toBe('#/components/schemas/Order');
    expect([...norm.required]).toEqual(['id']);
    expect(spec.schema(pointer)).toBe(norm);
  });
});
