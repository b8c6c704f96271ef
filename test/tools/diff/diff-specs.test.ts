import { describe, expect, it } from 'vitest';
import { brief, diffPair, type Want } from '../../helpers/diff-pair.js';
import { diffFixture, PAIRS } from './fixtures.js';

/** The pairs kept as files: the tests below assert the head file's lines. */
const FILE_CASES: Array<[string, Want]> = [
  ['required-property-removed', [['required-property-removed', 'breaking', '/status']]],
  ['bound-loosened', [['bound-loosened', 'breaking', '/id']]],
  ['shared-component-dedupe', [['optional-property-removed', 'warning', '/note']]],
];

/** One minimal base/head pair per case, differing only in the change under test (test/tools/diff/pairs/). */
describe('diffSpecs on minimal pairs', () => {
  it.each(Object.entries(PAIRS))('%s', async (_name, pair) => {
    expect(brief(await diffPair(pair))).toEqual(pair.want);
  });

  it.each(FILE_CASES)('%s (file pair)', async (name, want) => {
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
    expect(brief(await diffFixture('kw-nullable-30-added', {}, { compat: ['nullable'] }))).toEqual([['null-allowed', 'breaking', '/x']]);
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
