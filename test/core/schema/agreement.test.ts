import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompatOption } from '../../../scripts/core/schema/compat.js';
import { type LoadedSpec, loadSpec } from '../../../scripts/core/spec/load.js';
import { compileEventValidators } from '../../../scripts/core/validate/ajv.js';
import { generateTypes } from '../../../scripts/tools/codegen/generate-types.js';
import { planNames } from '../../../scripts/tools/codegen/naming.js';
import { generateVariants } from '../../../scripts/tools/contracts/variants.js';
import { diffSpecs } from '../../../scripts/tools/diff/diff-specs.js';
import { fieldRows } from '../../../scripts/tools/docs/field-rows.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';
import { typecheck } from '../../helpers/typecheck.js';

/**
 * The same tricky schemas through every command that reads a schema: `validate` (Ajv), `types` (compiled
 * with tsc), the event page rows, `diff` and the contract variant generator. Each case is the schema of one
 * field `f` of the body; every command must give the same answer to: may `f` be null, may it be absent,
 * and which values does it take.
 */
interface Case {
  /** The schema of the body's field `f`. */
  schema: object;
  required: boolean;
  compat: boolean;
  components?: Record<string, object>;
  /** `f` in the documented example (valid). */
  example: unknown;
  want: { nullable: boolean; type: string };
  /** More payloads `{ f: value }`: whether Ajv accepts them, and whether tsc does when that differs. */
  probes?: Array<{ value: unknown; valid: boolean; typed?: boolean; why?: string }>;
}

const STR = { type: 'string', description: 'A string.' };
const d = (schema: object) => ({ ...schema, description: 'The field.' });

const CASES: Array<[string, Case]> = [
  [
    '3.0 nullable without --compat: means nothing',
    {
      schema: d({ type: 'string', nullable: true }),
      required: true,
      compat: false,
      example: 'a',
      want: { nullable: false, type: 'string' },
    },
  ],
  [
    '3.0 nullable with --compat nullable: null allowed',
    { schema: d({ type: 'string', nullable: true }), required: true, compat: true, example: 'a', want: { nullable: true, type: 'string' } },
  ],
  [
    '3.1 type list with null',
    { schema: d({ type: ['string', 'null'] }), required: true, compat: false, example: 'a', want: { nullable: true, type: 'string' } },
  ],
  [
    'nullable beside $ref, without --compat',
    {
      schema: { $ref: '#/components/schemas/Str', nullable: true, description: 'The field.' },
      components: { Str: STR },
      required: true,
      compat: false,
      example: 'a',
      want: { nullable: false, type: 'string' },
    },
  ],
  [
    'nullable beside $ref, with --compat nullable',
    {
      schema: { $ref: '#/components/schemas/Str', nullable: true, description: 'The field.' },
      components: { Str: STR },
      required: true,
      compat: true,
      example: 'a',
      want: { nullable: true, type: 'string' },
    },
  ],
  [
    'nullable on an allOf, with --compat nullable',
    {
      schema: d({ allOf: [{ $ref: '#/components/schemas/Str' }, { maxLength: 5 }], nullable: true }),
      components: { Str: STR },
      required: true,
      compat: true,
      example: 'a',
      want: { nullable: true, type: 'string' },
      probes: [{ value: 'toolong', valid: false, typed: true, why: 'types carry no maxLength' }],
    },
  ],
  [
    'nullable in one allOf member only, with --compat nullable: the other member still refuses null',
    {
      schema: d({ allOf: [{ type: 'string', nullable: true }, { $ref: '#/components/schemas/Str' }] }),
      components: { Str: STR },
      required: true,
      compat: true,
      example: 'a',
      want: { nullable: false, type: 'string' },
    },
  ],
  [
    'a default on an optional field: never present because of it',
    {
      schema: d({ type: 'string', default: 'x' }),
      required: false,
      compat: false,
      example: 'a',
      want: { nullable: false, type: 'string' },
    },
  ],
  [
    'const with type',
    {
      schema: d({ type: 'string', const: 'a' }),
      required: true,
      compat: false,
      example: 'a',
      want: { nullable: false, type: 'string' },
      probes: [{ value: 'b', valid: false }],
    },
  ],
  [
    'const without type',
    {
      schema: d({ const: 'a' }),
      required: true,
      compat: false,
      example: 'a',
      want: { nullable: false, type: 'string' },
      probes: [
        { value: 'b', valid: false },
        { value: 1, valid: false },
      ],
    },
  ],
  [
    'enum with null',
    {
      schema: d({ enum: ['a', 'b', null] }),
      required: false,
      compat: false,
      example: 'a',
      want: { nullable: true, type: 'string' },
      probes: [
        { value: 'b', valid: true },
        { value: 'c', valid: false },
      ],
    },
  ],
  [
    'overlapping oneOf',
    {
      schema: d({
        oneOf: [
          { type: 'object', properties: { a: STR }, required: ['a'] },
          { type: 'object', properties: { b: STR }, required: ['b'] },
        ],
      }),
      required: true,
      compat: false,
      example: { a: 'x' },
      want: { nullable: false, type: 'object' },
      probes: [
        { value: { b: 'y' }, valid: true },
        { value: { a: 'x', b: 'y' }, valid: false, typed: true, why: 'TypeScript has no "exactly one of"' },
        { value: {}, valid: false },
      ],
    },
  ],
  [
    'oneOf with a null branch, beside a $ref',
    {
      schema: d({ oneOf: [{ $ref: '#/components/schemas/Str' }, { type: 'null' }] }),
      components: { Str: STR },
      required: false,
      compat: false,
      example: 'a',
      want: { nullable: true, type: 'string' },
    },
  ],
  [
    'a recursive schema',
    {
      schema: { $ref: '#/components/schemas/Node' },
      components: {
        Node: {
          type: 'object',
          description: 'A node.',
          required: ['next'],
          properties: { next: { oneOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }], description: 'The next node.' } },
        },
      },
      required: true,
      compat: false,
      example: { next: { next: null } },
      want: { nullable: false, type: 'object' },
      probes: [
        { value: { next: { next: { next: null } } }, valid: true },
        { value: { next: { next: 1 } }, valid: false },
        { value: { next: {} }, valid: false },
      ],
    },
  ],
];

/** The body is a component (where openapi-typescript once made a field with a `default` required), holding `f`. */
function specOf(c: Case, field: object, required: boolean): object {
  const body = { type: 'object', description: 'The body.', properties: { f: field }, required: required ? ['f'] : [] };
  const schemas = { ...c.components, Body: body };
  return minimalSpec({ schema: { $ref: '#/components/schemas/Body' }, example: { f: c.example }, extra: { components: { schemas } } });
}

/** The diff's ids about whether a field may be null or absent. */
const READS = ['null-allowed', 'null-disallowed', 'property-became-optional', 'property-became-required'];

interface Loaded {
  spec: LoadedSpec;
  /** The same spec with `f` optional and explicitly nullable: what `diff` reports against it shows how it read `f`. */
  looser: LoadedSpec;
  types: string;
}

const loaded = new Map<string, Loaded>();
let typeErrors: Map<string, Set<number>>;

/** Every payload a case checks: null, absent, its own probes, and its example. */
function probesOf(c: Case): Array<{ payload: object; valid: boolean; typed: boolean }> {
  const own = (c.probes ?? []).map((p) => ({ payload: { f: p.value }, valid: p.valid, typed: p.typed ?? p.valid }));
  return [
    { payload: { f: c.example }, valid: true, typed: true },
    { payload: { f: null }, valid: c.want.nullable, typed: c.want.nullable },
    { payload: {}, valid: !c.required, typed: !c.required },
    ...own,
  ];
}

/** In-memory files beside this test (module resolution needs an existing folder). */
const fileOf = (name: string, kind: 'types' | 'probe') =>
  join('test/core/schema', `agreement-${name.replace(/[^a-z0-9]+/gi, '-')}.${kind}.ts`);

beforeAll(async () => {
  const virtual: Record<string, string> = {};
  for (const [name, c] of CASES) {
    const compat: CompatOption[] = c.compat ? ['nullable'] : [];
    const dir = writeFiles({
      'spec.yaml': specOf(c, c.schema, c.required),
      'looser.yaml': specOf(c, { anyOf: [c.schema, { type: 'null' }], description: 'The field.' }, false),
    });
    const spec = await loadSpec(join(dir, 'spec.yaml'), { compat });
    const looser = await loadSpec(join(dir, 'looser.yaml'), { compat });
    const types = await generateTypes(spec, planNames(spec));
    loaded.set(name, { spec, looser, types });
    const lines = probesOf(c).map((p, i) => `export const p${i}: Body = ${JSON.stringify(p.payload)};`);
    virtual[fileOf(name, 'types')] = types;
    virtual[fileOf(name, 'probe')] = [
      `import type { WebhookPayloads } from './${fileOf(name, 'types').split('/').at(-1)?.replace(/\.ts$/, '.js')}';`,
      "type Body = WebhookPayloads['thing.happened'];",
      ...lines,
      '',
    ].join('\n');
  }
  typeErrors = new Map();
  for (const diagnostic of typecheck(virtual)) {
    const lines = typeErrors.get(diagnostic.file) ?? new Set<number>();
    lines.add(diagnostic.line);
    typeErrors.set(diagnostic.file, lines);
  }
}, 120_000);

describe('one schema model: every command reads a schema the same way', () => {
  it.each(CASES)('%s', (name, c) => {
    const { spec, looser, types } = loaded.get(name) as Loaded;
    const probes = probesOf(c);

    // validate (Ajv) and types (tsc): the same payloads accepted.
    const validate = compileEventValidators(spec).get('thing.happened');
    const errors = typeErrors.get(fileOf(name, 'probe')) ?? new Set<number>();
    expect(typeErrors.get(fileOf(name, 'types')), types).toBeUndefined();
    expect(errors.has(1), 'the probe imports the generated types').toBe(false);
    const seen = probes.map((p, i) => ({ payload: p.payload, valid: validate?.(p.payload), typed: !errors.has(i + 3) }));
    expect(seen).toEqual(probes.map((p) => ({ payload: p.payload, valid: p.valid, typed: p.typed })));

    // The event page's row of `f`.
    const row = fieldRows(spec.document, spec.events[0]?.body?.schema).find((r) => r.path === 'f');
    expect({ nullable: row?.nullable, required: row?.required, type: row?.type }).toEqual({ ...c.want, required: c.required });

    // diff against a copy where `f` is optional and nullable: it reports exactly what changed for it.
    const ids = diffSpecs(spec, looser)
      .changes.filter((change) => change.pointer === '/f' && READS.includes(change.id))
      .map((change) => change.id)
      .sort();
    const wantIds = [...(c.required ? ['property-became-optional'] : []), ...(c.want.nullable ? [] : ['null-allowed'])].sort();
    expect(ids).toEqual(wantIds);

    // Contract variants: a null variant exactly when nullable, an absent one exactly when optional; Ajv keeps them all.
    const [variants] = generateVariants(spec, compileEventValidators(spec));
    const names = variants?.variants.map((v) => v.name) ?? [];
    expect(variants?.dropped).toEqual([]);
    expect({ null: names.includes('f is null'), absent: names.includes('f is absent') }).toEqual({
      null: c.want.nullable,
      absent: !c.required,
    });
  });
});
