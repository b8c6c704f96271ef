import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { diffSpecs } from '../../../scripts/tools/diff/diff-specs.js';
import { brief, diffFixture, FIXTURES } from './fixtures.js';

type Want = Array<[id: string, level: string, pointer: string]>;

/** One minimal base/head pair per case, differing only in the change under test (test/fixtures/diff). */
const CASES: Array<[string, Want]> = [
  // refactors with no change on the wire
  ['no-change', []],
  ['ref-renamed', []],
  ['ref-extracted', []],
  ['keys-reordered', []],
  ['equivalent-allof', []],
  ['single-branch-allof', []],
  ['nullable-type-list-vs-oneof', []],
  ['nullable-type-list-vs-anyof', []],
  ['nullable-enum-forms', []],
  ['nullable-ref-oneof-vs-anyof', []],
  ['recursive-unchanged', []],
  // the payload is read by consumers: widening breaks, narrowing is safe
  ['required-property-removed', [['required-property-removed', 'breaking', '/status']]],
  ['optional-property-removed', [['optional-property-removed', 'warning', '/note']]],
  ['property-became-optional', [['property-became-optional', 'breaking', '/status']]],
  ['property-became-required', [['property-became-required', 'info', '/note']]],
  ['required-property-added', [['required-property-added', 'info', '/currency']]],
  ['optional-property-added', [['optional-property-added', 'info', '/currency']]],
  ['property-added-to-closed-object', [['property-added-to-closed-object', 'warning', '/currency']]],
  ['additional-properties-allowed', [['additional-properties-allowed', 'warning', '']]],
  ['additional-properties-disallowed', [['additional-properties-disallowed', 'info', '']]],
  ['property-schema-removed', [['type-widened', 'breaking', '/status']]],
  ['type-changed', [['type-changed', 'breaking', '/id']]],
  ['type-widened', [['type-widened', 'breaking', '/amount']]],
  ['type-widened-to-list', [['type-widened', 'breaking', '/amount']]],
  ['type-narrowed', [['type-narrowed', 'info', '/amount']]],
  ['null-allowed', [['null-allowed', 'breaking', '/amount']]],
  ['null-allowed-by-oneof', [['null-allowed', 'breaking', '/amount']]],
  ['null-disallowed', [['null-disallowed', 'info', '/amount']]],
  ['enum-value-added', [['enum-value-added', 'warning', '/status']]],
  ['enum-value-removed', [['enum-value-removed', 'info', '/status']]],
  ['enum-removed', [['enum-removed', 'breaking', '/status']]],
  ['enum-added', [['enum-added', 'info', '/note']]],
  ['const-changed', [['const-changed', 'breaking', '/kind']]],
  ['const-removed', [['const-removed', 'breaking', '/kind']]],
  ['bound-loosened', [['bound-loosened', 'breaking', '/id']]],
  ['bound-loosened-minimum-removed', [['bound-loosened', 'breaking', '/amount']]],
  ['bound-tightened', [['bound-tightened', 'info', '/id']]],
  ['pattern-changed', [['pattern-changed', 'warning', '/id']]],
  ['pattern-removed', [['pattern-removed', 'breaking', '/id']]],
  ['format-changed', [['format-changed', 'warning', '/note']]],
  ['format-removed', [['format-removed', 'breaking', '/note']]],
  ['variant-added', [['variant-added', 'breaking', '/ref']]],
  ['variant-added-to-plain-schema', [['variant-added', 'breaking', '/amount']]],
  ['discriminated-variant-added', [['discriminated-variant-added', 'warning', '/payment']]],
  ['variant-removed', [['variant-removed', 'info', '/payment']]],
  ['variant-changed-inside', [['type-changed', 'breaking', '/payment/iban']]],
  ['array-item-type-changed', [['type-changed', 'breaking', '/lines/*/sku']]],
  ['recursive-changed', [['type-changed', 'breaking', '/category/name']]],
  // annotations
  ['description-changed', [['description-changed', 'info', '/id']]],
  ['examples-changed', [['examples-changed', 'info', '/id']]],
  ['deprecated-changed', [['deprecated-changed', 'info', '/note']]],
  ['ref-sibling-description', [['description-changed', 'info', '/ref']]],
  // webhooks
  ['event-added', [['event-added', 'info', '#/webhooks/order.paid/post']]],
  ['event-removed', [['event-removed', 'breaking', '#/webhooks']]],
  ['event-renamed', [['event-renamed', 'breaking', '#/webhooks/order.placed/post']]],
  ['event-deprecated', [['event-deprecated', 'info', '#/webhooks/order.created/post']]],
  ['event-removed-before-sunset', [['event-removed-before-sunset', 'breaking', '#/webhooks']]],
  ['event-removed-after-sunset', [['event-removed-after-sunset', 'warning', '#/webhooks']]],
  ['event-summary-changed', [['event-summary-changed', 'info', '#/webhooks/order.created/post']]],
  ['signature-header-removed', [['signature-header-removed', 'breaking', '#/webhooks/order.created/post/parameters']]],
  ['signature-header-added', [['signature-header-added', 'info', '#/components/parameters/Signature']]],
  ['header-became-optional', [['header-became-optional', 'breaking', '#/components/parameters/Signature']]],
  ['header-schema-changed', [['type-changed', 'breaking', '#/components/parameters/Signature/schema']]],
  [
    'media-type-changed',
    [['media-type-changed', 'breaking', '#/webhooks/order.created/post/requestBody/content/application~1cloudevents+json']],
  ],
  // responses are the consumer's answer: polarity flips
  ['response-enum-value-removed', [['response-enum-value-removed', 'breaking', '#/components/schemas/Ack/properties/status']]],
  ['response-enum-value-added', [['response-enum-value-added', 'info', '#/components/schemas/Ack/properties/status']]],
  ['response-property-became-required', [['response-property-became-required', 'breaking', '#/components/schemas/Ack/properties/reason']]],
  ['response-property-became-optional', [['response-property-became-optional', 'info', '#/components/schemas/Ack/properties/reason']]],
  ['response-status-removed', [['response-status-removed', 'breaking', '#/webhooks/order.created/post/responses']]],
  ['response-status-added', [['response-status-added', 'info', '#/webhooks/order.created/post/responses/202']]],
  // a component used in several places is judged per usage
  [
    'shared-component-per-usage',
    [
      ['response-enum-value-removed', 'breaking', '#/components/schemas/Ack/properties/status'],
      ['enum-value-removed', 'info', '/last_ack/status'],
    ],
  ],
];

describe('diffSpecs on minimal pairs', () => {
  it.each(CASES)('%s', async (name, want) => {
    expect(brief(await diffFixture(name))).toEqual(want);
  });
});

describe('one change, one finding', () => {
  it('reports a change from object to string once, without what the object keywords implied', async () => {
    expect(brief(await diffFixture('kw-type-disjoint'))).toEqual([['type-changed', 'breaking', '/x']]);
  });

  it('sees no narrowing in `type: string` written beside an existing const', async () => {
    expect(brief(await diffFixture('kw-type-beside-const'))).toEqual([]);
  });

  it('names the union branch a finding is in: its index and title, or its component', async () => {
    const report = await diffFixture('kw-union-branch-named');
    expect(report.changes.map((c) => c.message)).toEqual(['in oneOf[0] "Card": type string → number: the two accept different values']);
  });

  it('lists every pointer a changed shared component is reached at, per event, in one finding', async () => {
    const report = await diffFixture('shared-component-every-pointer');
    expect(report.changes.map((c) => [c.id, c.usages])).toEqual([
      [
        'enum-value-added',
        [
          { event: 'order.created', pointer: '/tracking/status' },
          { event: 'order.created', pointer: '/events/*/tracking_data/status' },
          { event: 'order.paid', pointer: '/tracking/status' },
          { event: 'order.paid', pointer: '/events/*/tracking_data/status' },
        ],
      ],
    ]);
  });

  it('reports a document-wide security change once, for every event it applies to', async () => {
    const report = await diffFixture('document-security-removed');
    expect(report.changes.map((c) => [c.id, c.level, c.events])).toEqual([
      ['security-removed', 'breaking', ['order.created', 'order.paid']],
    ]);
  });

  it('reports a shared header removed from every event once, listing the events', async () => {
    const report = await diffFixture('shared-header-removed');
    expect(report.changes.map((c) => [c.id, c.events])).toEqual([['signature-header-removed', ['order.created', 'order.paid']]]);
  });

  it('judges a 3.0 `nullable` in a 3.1 document as null allowed under --compat nullable (a warning without it)', async () => {
    const base = await loadSpec(resolve(FIXTURES, 'kw-nullable-30-added.base.yaml'), { compat: ['nullable'] });
    const head = await loadSpec(resolve(FIXTURES, 'kw-nullable-30-added.head.yaml'), { compat: ['nullable'] });
    expect(brief(diffSpecs(base, head))).toEqual([['null-allowed', 'breaking', '/x']]);
    expect(brief(await diffFixture('kw-nullable-30-added'))).toEqual([['vendor-nullable-changed', 'warning', '/x']]);
  });
});

describe('one change per changed component', () => {
  it('lists every event a shared schema change affects, with the first as `event`', async () => {
    const report = await diffFixture('shared-component-dedupe');
    expect(report.changes.map((c) => [c.id, c.event, c.events])).toEqual([
      ['optional-property-removed', 'order.created', ['order.created', 'order.paid']],
    ]);
    expect(report.summary).toEqual({ breaking: 0, warning: 1, info: 0 });
  });

  it('points at the changed line of the head spec', async () => {
    const [change] = (await diffFixture('bound-loosened')).changes;
    expect(change?.location).toEqual({
      file: expect.stringMatching(/bound-loosened\.head\.yaml$/),
      line: 27,
      col: 13,
      pointer: '/components/schemas/Order/properties/id',
    });
  });
});
