import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { location } from '../../../../scripts/core/findings.js';
import { loadSpec } from '../../../../scripts/core/spec/load.js';
import { diffEvents } from '../../../../scripts/tools/diff/diff-events.js';
import { DEFAULT_POLICY } from '../../../../scripts/tools/diff/levels.js';
import { buildReport } from '../../../../scripts/tools/diff/report.js';
import { writeFiles } from '../../../helpers/temp-spec.js';

/** One webhook whose body is `payload` (YAML), with `schemas` as its components. */
function spec(payload: string, schemas = '{}'): object {
  return {
    openapi: '3.1.0',
    info: { title: 'branches', version: '1' },
    webhooks: {
      'order.paid': {
        post: {
          requestBody: { content: { 'application/json': { schema: parse(payload) } } },
          responses: { '200': { description: 'accepted' } },
        },
      },
    },
    components: { schemas: parse(schemas) },
  };
}

/** `[id, level, payload pointer, message]` of every finding, as the report holds them. */
async function diff(base: string, head: string, schemas?: [string, string]) {
  const load = (document: object) => loadSpec(`${writeFiles({ 'openapi.json': JSON.stringify(document) })}/openapi.json`);
  const found = diffEvents(await load(spec(base, schemas?.[0])), await load(spec(head, schemas?.[1])), '2026-06-01');
  const report = buildReport(found, ['order.paid'], DEFAULT_POLICY, (pointer) => location({ pointer }));
  return report.changes.map((c) => [c.id, c.level, c.pointer, c.message]);
}

type Case = [name: string, { base: string; head: string; schemas?: [string, string]; want: Awaited<ReturnType<typeof diff>> }];

const CARD = `{type: object, required: [last4], properties: {last4: {type: string}}}`;
const BANK = `{type: object, required: [iban], properties: {iban: {type: string}}}`;

/** Card and Bank, both holding an `amount` of the shared component Amount of the given type. */
const withAmount = (type: string) => `
  Amount: {type: ${type}}
  Card: {type: object, required: [last4], properties: {last4: {type: string}, amount: {$ref: '#/components/schemas/Amount'}}}
  Bank: {type: object, required: [iban], properties: {iban: {type: string}, amount: {$ref: '#/components/schemas/Amount'}}}`;

const CASES: Case[] = [
  [
    'an untitled branch that gains an optional property, beside one that gains a format',
    {
      base: `oneOf: [${CARD}, {type: object, required: [n], properties: {n: {type: integer}}}]`,
      head: `oneOf:
        - {type: object, required: [last4], properties: {last4: {type: string}, brand: {type: string}}}
        - {type: object, required: [n], properties: {n: {type: integer, format: int64}}}`,
      want: [
        ['optional-property-added', 'info', '/brand', 'in oneOf[0]: optional property "brand" added'],
        ['format-added', 'info', '/n', 'in oneOf[1]: format int64 added'],
      ],
    },
  ],
  [
    'a scalar branch that gains a format, beside an untitled branch that gains a property',
    {
      base: `anyOf: [{type: integer}, ${CARD}]`,
      head: `anyOf: [{type: integer, format: int64}, {type: object, required: [last4], properties: {last4: {type: string}, brand: {type: string}}}]`,
      want: [
        ['format-added', 'info', '', 'in anyOf[0]: format int64 added'],
        ['optional-property-added', 'info', '/brand', 'in anyOf[1]: optional property "brand" added'],
      ],
    },
  ],
  [
    'titled branches, reordered and both changed, matched by title',
    {
      base: `oneOf:
        - {title: Card, type: object, properties: {id: {type: string}, last4: {type: string}}}
        - {title: Bank, type: object, properties: {id: {type: string}, iban: {type: string}}}`,
      head: `oneOf:
        - {title: Bank, type: object, properties: {id: {type: string}, iban: {type: string}, bic: {type: string}}}
        - {title: Card, type: object, properties: {id: {type: string}, last4: {type: integer}}}`,
      want: [
        ['type-changed', 'breaking', '/last4', 'in oneOf[1] "Card": type string → integer: the two accept different values'],
        ['optional-property-added', 'info', '/bic', 'in oneOf[0] "Bank": optional property "bic" added'],
      ],
    },
  ],
  [
    'untitled branches reordered, one gaining a property, matched by their required keys',
    {
      base: `oneOf: [${CARD}, ${BANK}]`,
      head: `oneOf: [${BANK}, {type: object, required: [last4], properties: {last4: {type: string}, brand: {type: string}}}]`,
      want: [['optional-property-added', 'info', '/brand', 'in oneOf[1]: optional property "brand" added']],
    },
  ],
  [
    'discriminated branches whose shapes changed past recognition, matched by the mapping',
    {
      base: `{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: kind, mapping: {card: '#/components/schemas/A', bank: '#/components/schemas/B'}}}`,
      head: `{oneOf: [{$ref: '#/components/schemas/D'}, {$ref: '#/components/schemas/C'}], discriminator: {propertyName: kind, mapping: {bank: '#/components/schemas/C', card: '#/components/schemas/D'}}}`,
      schemas: [
        `{A: {type: object, properties: {kind: {type: string}, x: {type: string}}}, B: {type: object, properties: {kind: {type: string}, y: {type: string}}}}`,
        `{C: {type: object, properties: {kind: {type: string}, x: {type: string}}}, D: {type: object, properties: {kind: {type: string}, y: {type: string}}}}`,
      ],
      want: [
        ['optional-property-removed', 'warning', '/x', 'in oneOf[0] D: optional property "x" removed'],
        ['optional-property-removed', 'warning', '/y', 'in oneOf[1] C: optional property "y" removed'],
        ['optional-property-added', 'info', '/y', 'in oneOf[0] D: optional property "y" added'],
        ['optional-property-added', 'info', '/x', 'in oneOf[1] C: optional property "x" added'],
      ],
    },
  ],
  [
    'branches told apart by a const, reordered, one gaining a property',
    {
      base: `oneOf:
        - {type: object, properties: {kind: {const: card}, id: {type: string}}}
        - {type: object, properties: {kind: {const: bank}, id: {type: string}}}`,
      head: `oneOf:
        - {type: object, properties: {kind: {const: bank}, id: {type: string}}}
        - {type: object, properties: {kind: {const: card}, id: {type: string}, brand: {type: string}}}`,
      want: [['optional-property-added', 'info', '/brand', 'in oneOf[1]: optional property "brand" added']],
    },
  ],
  [
    'only a branch with no counterpart is added, the changed one is diffed inside',
    {
      base: `oneOf: [${CARD}, ${BANK}]`,
      head: `oneOf:
        - {type: object, required: [last4], properties: {last4: {type: string}, brand: {type: string}}}
        - {type: object, required: [iban], properties: {iban: {type: string, format: iban}}}
        - {type: object, required: [wallet], properties: {wallet: {type: string}}}`,
      want: [
        ['variant-added', 'breaking', '', 'variant of type object added: payloads of a new shape'],
        ['optional-property-added', 'info', '/brand', 'in oneOf[0]: optional property "brand" added'],
        ['format-added', 'info', '/iban', 'in oneOf[1]: format iban added'],
      ],
    },
  ],
  [
    'a branch that shares no type with any other is added and removed, not changed',
    {
      base: `oneOf: [{type: string}, {type: integer}]`,
      head: `oneOf: [{type: string}, {type: boolean}]`,
      want: [
        ['variant-added', 'breaking', '', 'variant of type boolean added: payloads of a new shape'],
        ['variant-removed', 'info', '', 'variant of type integer removed'],
      ],
    },
  ],
  [
    'null judged once when a nullable plain schema becomes a union holding it',
    {
      base: `anyOf: [{$ref: '#/components/schemas/X'}, {type: 'null'}]`,
      head: `oneOf: [{$ref: '#/components/schemas/X'}, {type: integer}]`,
      schemas: ['{X: {type: object, properties: {a: {type: string}}}}', '{X: {type: object, properties: {a: {type: string}}}}'],
      want: [
        ['variant-added', 'breaking', '', 'variant of type integer added: payloads of a new shape'],
        ['null-disallowed', 'info', '', 'no longer allows null'],
      ],
    },
  ],
  [
    'a change to a component every branch references is one finding naming every branch',
    {
      base: `oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]`,
      head: `oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]`,
      schemas: [withAmount("[integer, 'null']"), withAmount('integer')],
      want: [['null-disallowed', 'info', '/amount', 'in oneOf[0] Card, oneOf[1] Bank: no longer allows null']],
    },
  ],
];

describe('union branches matched between versions, changes reported inside', () => {
  it.each(CASES)('%s', async (_name, { base, head, schemas, want }) => {
    expect(await diff(base, head, schemas)).toEqual(want);
  });
});
