import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../../scripts/core/spec/load.js';
import { diffSpecs } from '../../../../scripts/tools/diff/diff-specs.js';
import { minimalSpec, writeFiles } from '../../../helpers/temp-spec.js';

/** Where a declaration goes in a minimal spec: the document root or the one operation. */
type Place = { extra?: object; operation?: object };

/** Diffs two minimal specs that differ only by the declarations given: `[id, level, pointer, message]` of each change. */
async function diffDeclarations(base: Place, head: Place) {
  const load = (place: Place) => loadSpec(`${writeFiles({ 'openapi.yaml': minimalSpec(place) })}/openapi.yaml`);
  const report = diffSpecs(await load(base), await load(head), { today: '2026-06-01' });
  return report.changes.map((c) => [c.id, c.level, c.pointer, c.message]);
}

const OP = '#/webhooks/thing.happened/post';
const sig = (value: unknown) => ({ 'x-webhook-signature': value });
const type = (value: unknown) => ({ 'x-webhook-event-type': value });
const key = (value: unknown) => ({ 'x-webhook-idempotency-key': value });

const CASES: Array<[string, { base: Place; head: Place; want: unknown[][] }]> = [
  // x-webhook-signature, both forms
  [
    'a preset added',
    {
      base: {},
      head: { extra: sig('stripe') },
      want: [['signature-scheme-added', 'info', '#/x-webhook-signature', 'x-webhook-signature declared']],
    },
  ],
  [
    'a preset removed from the operation',
    {
      base: { operation: sig('github') },
      head: {},
      want: [['signature-scheme-removed', 'breaking', OP, 'x-webhook-signature removed: deliveries may come unsigned']],
    },
  ],
  [
    'a preset changed',
    {
      base: { extra: sig('voucherify') },
      head: { extra: sig('github') },
      want: [['signature-scheme-changed', 'breaking', '#/x-webhook-signature', 'x-webhook-signature header, prefix changed']],
    },
  ],
  ['a preset written as an object', { base: { extra: sig('github') }, head: { extra: sig({ preset: 'github' }) }, want: [] }],
  [
    'a preset spelt out field by field',
    {
      base: { extra: sig('github') },
      head: { extra: sig({ header: 'X-Hub-Signature-256', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=' }) },
      want: [],
    },
  ],
  [
    'an object field overridden',
    {
      base: { extra: sig({ preset: 'github' }) },
      head: { extra: sig({ preset: 'github', algorithm: 'sha512' }) },
      want: [['signature-scheme-changed', 'breaking', '#/x-webhook-signature', 'x-webhook-signature algorithm changed']],
    },
  ],
  [
    'an operation declared none under a signed document',
    {
      base: { extra: sig('github') },
      head: { extra: sig('github'), operation: sig('none') },
      want: [
        ['signature-scheme-removed', 'breaking', `${OP}/x-webhook-signature`, 'x-webhook-signature: none: deliveries now come unsigned'],
      ],
    },
  ],
  ['none declared where nothing was', { base: {}, head: { extra: sig('none') }, want: [] }],
  ['none moved from the document to the operation', { base: { extra: sig('none') }, head: { operation: sig('none') }, want: [] }],
  // x-webhook-event-type
  [
    'an event-type header added',
    {
      base: {},
      head: { operation: type({ header: 'X-Event-Name' }) },
      want: [['event-type-declaration-added', 'info', `${OP}/x-webhook-event-type`, 'x-webhook-event-type declared: header X-Event-Name']],
    },
  ],
  [
    'a body field added to an event-type header',
    {
      base: { extra: type({ header: 'X-GitHub-Event' }) },
      head: { extra: type({ header: 'X-GitHub-Event', pointer: '/action' }) },
      want: [
        [
          'event-type-declaration-changed',
          'breaking',
          '#/x-webhook-event-type',
          'x-webhook-event-type changed: header X-GitHub-Event → header X-GitHub-Event, pointer /action',
        ],
      ],
    },
  ],
  ['a bare pointer written as { pointer }', { base: { extra: type('/id') }, head: { operation: type({ pointer: '/id' }) }, want: [] }],
  [
    'an event type removed',
    {
      base: { extra: type('/id') },
      head: {},
      want: [['event-type-declaration-removed', 'warning', '#', 'x-webhook-event-type removed (was pointer /id)']],
    },
  ],
  // x-webhook-idempotency-key
  [
    'an idempotency key added on the operation',
    {
      base: {},
      head: { operation: key('/id') },
      want: [['idempotency-key-added', 'info', `${OP}/x-webhook-idempotency-key`, 'x-webhook-idempotency-key declared: pointer /id']],
    },
  ],
  [
    'an idempotency key changed',
    {
      base: { extra: key('/id') },
      head: { extra: key('/data/id') },
      want: [
        [
          'idempotency-key-changed',
          'breaking',
          '#/x-webhook-idempotency-key',
          'x-webhook-idempotency-key changed: pointer /id → pointer /data/id',
        ],
      ],
    },
  ],
  ['an idempotency key moved to the operation', { base: { extra: key('/id') }, head: { operation: key('/id') }, want: [] }],
  [
    'an unusable declaration, compared as written',
    {
      base: { extra: key('id') },
      head: { extra: key('uuid') },
      want: [
        ['idempotency-key-changed', 'breaking', '#/x-webhook-idempotency-key', 'x-webhook-idempotency-key changed: value id → value uuid'],
      ],
    },
  ],
];

describe('declarations rule (x-webhook-signature, -event-type, -idempotency-key)', () => {
  it.each(CASES)('%s', async (_name, { base, head, want }) => {
    expect(await diffDeclarations(base, head)).toEqual(want);
  });
});
