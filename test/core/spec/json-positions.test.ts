import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonPositions } from '../../../scripts/core/spec/json-positions.js';
import { lazyTreeSource, lineOf } from '../../../scripts/core/spec/source-tree.js';

/** Every pointer into a value (as segments), parents before children. */
function pointers(value: unknown, at: string[] = []): string[][] {
  const out = [at];
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) out.push(...pointers(child, [...at, key]));
  }
  return out;
}

const LAYOUTS: Array<[string, string]> = [
  ['the bundled project spec (pretty-printed)', readFileSync('docs/openapi.json', 'utf8')],
  ['minified, one line', JSON.stringify({ a: { b: [1, { c: 'x' }], d: {} }, e: [] })],
  [
    'odd layout: braces and quotes in strings, CRLF, empty containers, nested arrays',
    '{\r\n  "s": "a { b } [c] \\" d",\r\n  "n": null,\r\n  "x": [ [ ], [ { } , [ 1 ,\r\n 2 ] ] ],\r\n\t"k\\u0041": {"": 0}\r\n}',
  ],
];

describe('jsonPositions', () => {
  it.each(LAYOUTS)('gives the same line:col as the yaml syntax tree for every pointer and a few missing ones: %s', (_name, text) => {
    const value = JSON.parse(text);
    const fast = jsonPositions(text);
    const tree = lazyTreeSource('x.json', value, text);
    const paths = [
      ...pointers(value),
      ['missing'],
      ...pointers(value)
        .slice(1, 20)
        .map((p) => [...p, 'missing', 'deeper']),
    ];
    for (const segments of paths) expect({ segments, ...fast(segments) }).toEqual({ segments, ...lineOf(tree, segments) });
  });

  it('points at the last of duplicate keys, whose value JSON.parse keeps', () => {
    const text = '{\n  "a": 1,\n  "a": 2\n}';
    expect(JSON.parse(text).a).toBe(2);
    expect(jsonPositions(text)(['a'])).toEqual({ line: 3, col: 8 });
  });

  it('does not take an array index that is not a plain number', () => {
    expect(jsonPositions('{"x":\n[10,\n20]}')(['x', '01'])).toEqual({ line: 2, col: 1 });
  });
});
