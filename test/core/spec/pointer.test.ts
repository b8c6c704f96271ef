import { describe, expect, it } from 'vitest';
import {
  childPointer,
  getAt,
  PointerError,
  parsePointer,
  pointerToFragment,
  toFragment,
  toPointer,
} from '../../../scripts/runtime/internal/json-pointer.js';

describe('JSON pointers (RFC 6901)', () => {
  it.each([
    ['plain', ['webhooks', 'a.b'], '/webhooks/a.b', '#/webhooks/a.b'],
    ['~ and /', ['webhooks', 'a~b/c'], '/webhooks/a~0b~1c', '#/webhooks/a~0b~1c'],
    ['% (an escape in a fragment)', ['webhooks', 'a%b'], '/webhooks/a%b', '#/webhooks/a%25b'],
    ['%2F (not a slash)', ['webhooks', 'a%2Fb'], '/webhooks/a%2Fb', '#/webhooks/a%252Fb'],
    ['U+2028, space, #', ['webhooks', 'a\u2028 #'], '/webhooks/a\u2028 #', '#/webhooks/a%E2%80%A8%20%23'],
    ['numbers', ['parameters', 0], '/parameters/0', '#/parameters/0'],
  ])('%s', (_name, segments, plain, fragment) => {
    expect(toPointer(segments)).toBe(plain);
    expect(toFragment(segments)).toBe(fragment);
    expect(pointerToFragment(plain)).toBe(fragment);
    const strings = segments.map(String);
    expect(parsePointer(plain)).toEqual(strings);
    expect(parsePointer(fragment)).toEqual(strings);
  });

  it('childPointer keeps the form of its parent', () => {
    expect(childPointer('#/webhooks/x', 'properties', 'a%b/c')).toBe('#/webhooks/x/properties/a%25b~1c');
    expect(childPointer('/voucher', 'a%b/c')).toBe('/voucher/a%b~1c');
  });

  it('a broken % escape in a fragment is a PointerError saying so, not a URIError', () => {
    expect(() => parsePointer('#/webhooks/a%b')).toThrow(PointerError);
    expect(() => parsePointer('#/webhooks/a%b')).toThrow(
      '"#/webhooks/a%b" is not a JSON pointer: a "%" in a "#" fragment must start an escape like %25',
    );
  });

  it('events that differ only by escaping point at themselves', () => {
    const doc = { webhooks: { 'a/b': 1, 'a~1b': 2, 'a%2Fb': 3, 'a%b': 4 } };
    for (const [key, value] of Object.entries(doc.webhooks)) {
      expect(getAt(doc, parsePointer(toFragment(['webhooks', key])))).toBe(value);
    }
  });
});
