import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { fieldRows } from '../../../scripts/tools/docs/field-rows.js';
import { keyFields } from '../../../scripts/tools/docs/key-fields.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const SPEC = 'test/fixtures/docs/key-fields/openapi.yaml';

describe('keyFields', () => {
  it.each([
    [
      'inferred from `required`: the id, state and date-times of the object the event type names',
      {
        event: 'order.paid',
        want: [
          ['event type', [], 'order.paid', 'the webhook key'],
          ['identity', ['order.id'], undefined, 'the spec: `required`'],
          ['deduplication key', ['order.id'], undefined, 'the identity (no `x-webhook-idempotency-key`)'],
          ['state', ['order.status'], undefined, 'the spec: `required`'],
          ['timestamps', ['order.paid_at'], undefined, 'the spec: `format: date-time`'],
        ],
      },
    ],
    [
      'declared with x-webhook-idempotency-key and x-webhook-event-type (body pointers)',
      {
        event: 'delivery.declared',
        want: [
          ['event type', ['meta.type'], undefined, '`x-webhook-event-type` on the operation'],
          ['deduplication key', ['meta.delivery_id'], undefined, '`x-webhook-idempotency-key` on the operation'],
        ],
      },
    ],
    [
      'listed with x-webhook-key-fields',
      {
        event: 'shipment.explicit',
        want: [
          ['event type', [], 'shipment.explicit', 'the webhook key'],
          ['identity', ['shipment.number'], undefined, '`x-webhook-key-fields` on the operation'],
          ['deduplication key', ['shipment.number'], undefined, 'the identity (no `x-webhook-idempotency-key`)'],
          ['state', ['shipment.phase'], undefined, '`x-webhook-key-fields` on the operation'],
          ['timestamps', ['shipment.sent_at', 'shipment.seen_at'], undefined, '`x-webhook-key-fields` on the operation'],
        ],
      },
    ],
  ])('%s', async (_name, { event, want }) => {
    const spec = await loadSpec(SPEC);
    const found = spec.events.find((e) => e.type === event);
    if (!found?.body) throw new Error(`no event ${event}`);
    const keys = keyFields(spec.document, found, fieldRows(spec.document, found.body.schema));
    expect(keys.map((k) => [k.role, k.fields, k.value, k.source])).toEqual(want);
  });
});

describe('keyFields reads the declarations through the one reader', () => {
  const specWith = (extra: object) => `${writeFiles({ 'openapi.yaml': minimalSpec({ extra }) })}/openapi.yaml`;
  it.each([
    [
      '{ pointer } (an object)',
      { 'x-webhook-event-type': { pointer: '/id' } },
      [['id'], undefined, '`x-webhook-event-type` on the document'],
    ],
    [
      '{ header, pointer } under components',
      { components: { 'x-webhook-event-type': { header: 'X-Event-Name', pointer: '/id' } } },
      [['id'], 'X-Event-Name', '`x-webhook-event-type` under components'],
    ],
    ['an unusable declaration: the webhook key', { 'x-webhook-event-type': { field: '/id' } }, [[], undefined, 'the webhook key']],
  ])('event type from %s', async (_name, extra, want) => {
    const spec = await loadSpec(specWith(extra));
    const event = spec.events[0];
    if (!event?.body) throw new Error('no event');
    const [type] = keyFields(spec.document, event, fieldRows(spec.document, event.body.schema));
    expect([type?.fields, type?.header, type?.source]).toEqual(want);
  });
});
