import { describe, expect, it } from 'vitest';
import { collectRefs } from '../../../scripts/core/spec/resolve-refs.js';

describe('collectRefs', () => {
  const cases: Array<[string, { given: object; want: string[] }]> = [
    ['a $ref in responses.default (a Response object)', { given: { responses: { default: { $ref: './r.yaml' } } }, want: ['./r.yaml'] }],
    ["a $ref-shaped value in a schema's default (data)", { given: { type: 'object', default: { $ref: './d.yaml' } }, want: [] }],
    ['a $ref-shaped example value (data)', { given: { example: { $ref: './e.yaml' } }, want: [] }],
    ['a property named default (a schema)', { given: { properties: { default: { $ref: './p.yaml' } } }, want: ['./p.yaml'] }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(collectRefs(given).map((r) => r.ref)).toEqual(want);
  });
});
