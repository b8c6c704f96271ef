import { describe, expect, it } from 'vitest';
import { knownNamesHint, nearestNames } from '../../scripts/runtime/nearest-names.js';

/** 400 event names, as a large provider's spec has. */
const MANY = Array.from({ length: 400 }, (_, i) => `${['customer', 'order', 'voucher', 'campaign'][i % 4]}.thing_${i}.updated`);

describe('nearestNames', () => {
  it.each([
    ['a typo', 'order.thing_1.udpated', ['order.thing_1.updated']],
    ['a missing segment', 'customer.thing_0', ['customer.thing_0.updated']],
    ['another case', 'ORDER.THING_5.UPDATED', ['order.thing_5.updated']],
  ])('finds the intended name for %s', (_name, given, first) => {
    expect(nearestNames(given, MANY).slice(0, 1)).toEqual(first);
  });

  it('suggests nothing for a name far from all', () => {
    expect(nearestNames('zzzzzzzzzzzzzzzzzzzzzz', ['a.b', 'c.d'])).toEqual([]);
  });
});

describe('knownNamesHint', () => {
  it('stays one short line however many names there are', () => {
    const hint = knownNamesHint('order.thing_1.udpated', MANY);
    expect(hint).toMatch(/^nearest: order\.thing_1\.updated, .+ \(of 400 known\)$/);
    expect(hint.length).toBeLessThan(150);
  });

  it('lists a short list whole', () => {
    expect(knownNamesHint('x', ['a', 'b'])).toBe('known: a, b');
  });

  it('bounds the work on a name that is really a pasted payload', () => {
    expect(knownNamesHint('x'.repeat(1_000_000), MANY)).toMatch(/^none is close; 400 known, such as customer\.thing_0\.updated/);
  });
});
