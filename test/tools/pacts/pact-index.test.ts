import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { diffSpecs } from '../../../scripts/tools/diff/diff-specs.js';
import { parseJsonPath, parsePactPath, pointerOfPactPath } from '../../../scripts/tools/pacts/json-path.js';
import { pactIndex, readProviderPacts, rowSegments } from '../../../scripts/tools/pacts/pact-index.js';
import { makeNullable, specCopy } from '../../helpers/spec-copy.js';
import { brief, diffFixture } from '../diff/fixtures.js';

/** A spec document naming `provider` (or none). */
const documentOf = (provider?: string) => ({ info: provider ? { 'x-pact-provider': provider } : {} }) as unknown as OpenAPIV3_1.Document;
const readPacts = (dir: string, events: string[], provider?: string) =>
  pactIndex(readProviderPacts(dir, documentOf(provider), { allowEmpty: true }), events);

const PACTS = resolve(import.meta.dirname, '../../fixtures/diff-pacts');
const EVENTS = ['order.created', 'order.paid', 'order.refunded'];

describe('parseJsonPath', () => {
  it.each([
    ['$.customer.email', ['customer', 'email']],
    ['$.lines[0].sku', ['lines', '*', 'sku']],
    ['$.lines[*].sku', ['lines', '*', 'sku']],
    ["$['customer']['e.mail']", ['customer', 'e.mail']],
    ['$', []],
  ])('%s', (path, want) => expect(parseJsonPath(path)).toEqual(want));
});

describe('parsePactPath: the one grammar', () => {
  it.each([
    ['$.lines[0].sku', ['lines', 0, 'sku'], '/lines/0/sku'],
    ["$['a/b'].c", ['a/b', 'c'], '/a~1b/c'],
    ['$["e.mail"]', ['e.mail'], '/e.mail'],
    ['$.lines[*]', ['lines', '*'], '/lines/*'],
  ])('%s', (path, segments, pointer) => {
    expect(parsePactPath(path)).toEqual(segments);
    expect(pointerOfPactPath(path)).toBe(pointer);
  });
});

describe('readPacts', () => {
  const index = readPacts(PACTS, EVENTS);

  it.each([
    ['the exact field', 'order.created', ['status'], ['billing']],
    ['a field below the change', 'order.created', ['lines'], ['billing']],
    ['a field above the change (array items)', 'order.created', ['lines', '*', 'sku', 'code'], ['billing']],
    ['a field inside a declared object', 'order.created', ['customer', 'email'], ['crm']],
    ['the payload root', 'order.created', [], ['billing', 'crm']],
    ['nobody', 'order.created', ['note'], []],
    ['per event', 'order.paid', ['note'], ['crm']],
    ['the whole event (event-level change)', 'order.paid', undefined, ['crm', 'ledger']],
    // the `$` type matcher of ledger's pact does not make it read every field
    ['a `$` matcher is not a read of every field', 'order.paid', ['campaign', 'name'], []],
    ['a top-level field nobody declares, under a `$` matcher', 'order.paid', ['status'], ['crm']],
    ['a sibling in an object the consumer declares (its holder)', 'order.paid', ['customer', 'name'], ['ledger']],
    ['deeper than a declared object: not read', 'order.paid', ['customer', 'address', 'city'], []],
    ['a declared field', 'order.paid', ['id'], ['ledger']],
  ])('%s', (_name, event, segments, want) => expect(index.readersOf(event, segments)).toEqual(want));

  it('names every consumer, and ignores HTTP interactions', () => {
    expect(index.consumers).toEqual(['billing', 'crm', 'ledger']);
    expect(index.readersOf('order.refunded', undefined)).toEqual([]);
  });
});

describe('consumers in the report', () => {
  it('lists the consumers reading each change, union over the events of a shared change', async () => {
    const report = await diffFixture('review', { pacts: readPacts(PACTS, EVENTS) });
    expect(report.consumersChecked).toBe(true);
    expect(report.changes.map((c) => [c.id, c.events.join(','), c.consumers])).toEqual([
      ['property-became-optional', 'order.created,order.paid', ['billing', 'crm']],
      ['response-status-removed', 'order.paid', ['crm', 'ledger']],
      ['enum-value-added', 'order.created,order.paid', ['billing', 'crm']],
      ['description-changed', 'order.created,order.paid', ['billing', 'ledger']],
      ['response-status-added', 'order.paid', ['crm', 'ledger']],
      ['event-added', 'order.refunded', []],
    ]);
    expect(brief(report).length).toBe(6);
  });
});

describe('consumer attribution (a change is blamed only on the consumers that read it)', () => {
  it('names only the consumers that declare the field, one inside it, or the object holding it; a `$` matcher reads nothing in particular', async () => {
    const report = await diffFixture('attribution-unread-field', { pacts: readPacts(PACTS, EVENTS) });
    expect(report.changes.map((c) => [c.id, c.pointer, c.consumers])).toEqual([
      ['null-allowed', '/customer/name', ['ledger']],
      ['null-allowed', '/campaign/name', []],
    ]);
  });
});

describe('consumer attribution on our spec and its real pacts (contracts/pacts)', () => {
  const diffCopy = async (edits: Parameters<typeof specCopy>[0]) => {
    const base = await loadSpec(DEFAULT_SPEC);
    const head = await loadSpec(specCopy(edits));
    return diffSpecs(base, head, {
      pacts: readPacts(
        'contracts/pacts',
        base.events.map((e) => e.type),
      ),
    });
  };

  it('blames no consumer for a campaign field no pact declares, though both pacts carry a body-level `$` matcher', async () => {
    const report = await diffCopy({
      'schemas/RewardParametersCampaign.yaml': (t) =>
        t.replace('      id:\n        type: string', "      id:\n        type: [string, 'null']"),
    });
    expect(report.changes.map((c) => [c.id, c.pointer, c.consumers])).toEqual([['null-allowed', '/reward/parameters/campaign/id', []]]);
  });

  it('names the consumer that declares the changed field', async () => {
    const report = await diffCopy({ 'schemas/Reward.yaml': makeNullable('name') });
    expect(report.changes.map((c) => [c.id, c.pointer, c.consumers])).toEqual([['null-allowed', '/reward/name', ['reward-mailer']]]);
  });
});

describe('readersOf, declared mode (the docs field tables)', () => {
  const index = readPacts(PACTS, EVENTS);
  it.each([
    ['a declared leaf', 'order.created', 'status', ['billing']],
    ['a sibling of a declared field is not declared', 'order.paid', 'customer.name', []],
    ['array items', 'order.created', 'lines[].sku', ['billing']],
  ])('%s', (_name, event, row, want) => expect(index.readersOf(event, rowSegments(row), 'declared')).toEqual(want));
});

describe('the provider policy', () => {
  it("keeps only the pacts written against the spec's provider", () => {
    expect(readPacts(PACTS, EVENTS, 'someone-else').consumers).toEqual([]);
    expect(readPacts(PACTS, EVENTS).consumers.length).toBeGreaterThan(0);
  });
});

describe('readPacts errors', () => {
  it('reads an empty folder as no consumers, and names a missing one', () => {
    const empty = mkdtempSync(join(tmpdir(), 'wc-pacts-'));
    expect(readPacts(empty, EVENTS).consumers).toEqual([]);
    expect(() => readPacts(join(empty, 'nope'), EVENTS)).toThrow(/no such pact file or folder/);
  });
});
