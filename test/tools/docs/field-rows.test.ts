import { describe, expect, it } from 'vitest';
import { type FieldRow, fieldRows } from '../../../scripts/tools/docs/field-rows.js';

/** A document whose components are the given schemas; the payload is `#/components/schemas/Body`. */
const rowsOf = (schemas: Record<string, unknown>) => {
  const document = { components: { schemas } };
  return fieldRows(document, { $ref: '#/components/schemas/Body' });
};
const brief = (rows: FieldRow[]) =>
  rows.map((r) => [r.path, r.variants.join('>'), r.type, r.nullable, r.required, r.constraints.join('; '), r.recursiveOf ?? r.description]);

describe('fieldRows', () => {
  it.each([
    [
      'nested objects, required, format and const',
      {
        given: {
          Body: {
            type: 'object',
            required: ['a'],
            properties: {
              a: {
                type: 'object',
                description: 'A.',
                properties: {
                  when: { type: 'string', format: 'date-time', description: 'When.' },
                  kind: { const: 'x', description: 'K.' },
                },
                required: ['kind'],
              },
            },
          },
        },
        want: [
          ['a', '', 'object', false, true, '', 'A.'],
          ['a.when', '', 'string', false, false, 'format: date-time', 'When.'],
          ['a.kind', '', 'string', false, true, 'const: "x"', 'K.'],
        ],
      },
    ],
    [
      'array items as [] and enum',
      {
        given: {
          Body: {
            type: 'object',
            properties: {
              tags: {
                type: 'array',
                description: 'Tags.',
                items: { type: 'object', properties: { v: { enum: ['A', 'B'], description: 'V.' } } },
              },
            },
          },
        },
        want: [
          ['tags', '', 'array', false, false, '', 'Tags.'],
          ['tags[]', '', 'object', false, undefined, '', undefined],
          ['tags[].v', '', 'string', false, false, 'enum: "A", "B"', 'V.'],
        ],
      },
    ],
    [
      'allOf merges properties and required; the outer description wins',
      {
        given: {
          Base: { type: 'object', description: 'Base.', required: ['id'], properties: { id: { type: 'string', description: 'Id.' } } },
          Body: {
            description: 'Body.',
            allOf: [
              { $ref: '#/components/schemas/Base' },
              { type: 'object', properties: { extra: { type: 'integer', description: 'Extra.' } } },
            ],
          },
        },
        want: [
          ['id', '', 'string', false, true, '', 'Id.'],
          ['extra', '', 'integer', false, false, '', 'Extra.'],
        ],
      },
    ],
    [
      'nullable: type array and oneOf with null; the 3.0 keyword means nothing (--compat nullable rewrites it at load)',
      {
        given: {
          Thing: { type: 'object', description: 'Thing.', properties: { n: { type: 'integer', description: 'N.' } } },
          Body: {
            type: 'object',
            properties: {
              a: { type: ['string', 'null'], description: 'A.' },
              b: { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }], description: 'B.' },
              c: { type: 'string', nullable: true, description: 'C.' },
            },
          },
        },
        want: [
          ['a', '', 'string', true, false, '', 'A.'],
          ['b', '', 'object', true, false, '', 'B.'],
          ['b.n', '', 'integer', false, false, '', 'N.'],
          ['c', '', 'string', false, false, '', 'C.'],
        ],
      },
    ],
    [
      'a real union lists each variant, labelled',
      {
        given: {
          Coin: { type: 'object', properties: { rate: { type: 'number', description: 'Rate.' } } },
          Body: {
            type: 'object',
            properties: {
              p: {
                description: 'P.',
                anyOf: [
                  { $ref: '#/components/schemas/Coin' },
                  { title: 'Named', type: 'object', properties: { q: { type: 'string', description: 'Q.' } } },
                ],
              },
            },
          },
        },
        want: [
          ['p', '', 'object', false, false, 'anyOf: Coin, Named', 'P.'],
          ['p.rate', 'Coin', 'number', false, false, '', 'Rate.'],
          ['p.q', 'Named', 'string', false, false, '', 'Q.'],
        ],
      },
    ],
    [
      'a $ref cycle stops with a pointer to where the schema is expanded',
      {
        given: {
          Node: {
            type: 'object',
            description: 'Node.',
            properties: { kids: { type: 'array', items: { $ref: '#/components/schemas/Node' }, description: 'Kids.' } },
          },
          Body: { type: 'object', properties: { root: { $ref: '#/components/schemas/Node' } } },
        },
        want: [
          ['root', '', 'object', false, false, '', 'Node.'],
          ['root.kids', '', 'array', false, false, '', 'Kids.'],
          ['root.kids[]', '', 'object', false, undefined, '', 'root'],
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(brief(rowsOf(given))).toEqual(want);
  });

  it('points a cycle through the body itself at (body) as an empty path', () => {
    const rows = rowsOf({ Body: { type: 'object', properties: { self: { $ref: '#/components/schemas/Body' } } } });
    expect(rows).toEqual([expect.objectContaining({ path: 'self', recursiveOf: '' })]);
  });
});
