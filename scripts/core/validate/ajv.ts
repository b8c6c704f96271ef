import { _, Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import formats from '../../runtime/internal/formats.cjs';
import { jsonSchemaDocument } from '../schema/json-schema.js';
import type { LoadedSpec } from '../spec/load.js';

export { type PayloadProblem, toProblems } from '../../runtime/internal/problems.js';

/** The `$id` under which the bundled spec is registered; event schemas are `$ref`s into it. */
export const SPEC_ID = 'webhook-contracts:spec';

export interface CodeOptions {
  source: boolean;
  esm: boolean;
  /**
   * How standalone code finds the format functions, which it cannot capture: a `require()` specifier of
   * scripts/runtime/internal/formats.cjs (relative to the generated file). Default: ajv-formats' own formats.
   */
  formatsModule?: string;
}

function formatsCode(code: CodeOptions) {
  return code.formatsModule === undefined ? _`require("ajv-formats/dist/formats").fullFormats` : _`require(${code.formatsModule})`;
}

/**
 * An Ajv instance for OpenAPI 3.1 schemas: JSON Schema 2020-12, formats checked, OpenAPI's own
 * keywords (`discriminator`, `xml`, `example`, ...) known, every error collected, `$ref`s never inlined.
 */
export function createAjv(options: { code?: CodeOptions; skipPatterns?: ReadonlySet<string> } = {}): Ajv2020 {
  const skip = options.skipPatterns;
  const ajv = new Ajv2020({
    // Patterns that can backtrack catastrophically (unsafe-patterns.ts) are not run where the caller says so:
    // lint reports them instead of hanging on an example that matches them.
    // A validator compiled at run time is used once per run: Ajv's pass that tidies its code costs more than
    // it saves (~20% of the compile on a 500-event spec). Ahead-of-time code (options.code) keeps it.
    ...(!options.code
      ? {
          code: {
            optimize: false,
            ...(skip && skip.size > 0
              ? {
                  regExp: Object.assign((p: string, f: string) => (skip.has(p) ? { test: () => true } : new RegExp(p, f)), {
                    code: 'new RegExp',
                  }),
                }
              : {}),
          },
        }
      : {}),
    allErrors: true,
    verbose: true,
    strict: false,
    validateFormats: true,
    discriminator: false,
    // Every `$ref` stays a call to the referenced schema's one function: a component shared by many events is
    // compiled once, not copied into each (ahead-of-time code then grows like the spec, not like its uses).
    inlineRefs: false,
    ...(options.code
      ? { code: { source: options.code.source, esm: options.code.esm, lines: true, formats: formatsCode(options.code) } }
      : {}),
  });
  addFormats.default(ajv);
  ajv.addFormat('date-time', formats['date-time']);
  for (const keyword of ['discriminator', 'xml', 'externalDocs', 'example']) ajv.addKeyword(keyword);
  return ajv;
}

/**
 * Registers the bundled spec once (as json-schema.ts prepares it for every JSON Schema tool) and returns the
 * schema `$ref` of each event's payload.
 */
export function registerSpec(ajv: Ajv2020, spec: LoadedSpec): Map<string, string> {
  const document = boundPatterns(jsonSchemaDocument(spec.document));
  ajv.addSchema(document as object, SPEC_ID, undefined, false);
  const refs = new Map<string, string>();
  for (const event of spec.events) {
    if (event.body) refs.set(event.type, `${SPEC_ID}${event.body.schemaPointer}`);
  }
  return refs;
}

/**
 * Compiles a validator per event (or for the events named in `only`) at run time (used by lint and by the
 * benchmark's baseline), with `createAjv()` unless an instance is given (lint's adds the webhook direction).
 */
export function compileEventValidators(
  spec: LoadedSpec,
  only?: readonly string[],
  ajv: Ajv2020 = createAjv(),
): Map<string, ValidateFunction> {
  const refs = [...registerSpec(ajv, spec)].filter(([type]) => !only || only.includes(type));
  return new Map(refs.map(([type, ref]) => [type, ajv.compile({ $ref: ref })]));
}

const DATA = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * Where a schema gives both `maxLength` and `pattern`, the pattern runs only on a string within the length
 * (`if: { maxLength } then: { pattern }`): with every error collected, Ajv would otherwise run the pattern on
 * a string of any length. The problem reported for a too-long string is then `maxLength` alone. A copy.
 */
export function boundPatterns(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(boundPatterns);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = DATA.has(key) || key.startsWith('x-') ? value : boundPatterns(value);
  if (typeof out.pattern === 'string' && typeof out.maxLength === 'number') {
    const { pattern } = out;
    delete out.pattern;
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, never awaited
    const guard = { if: { maxLength: out.maxLength }, then: { pattern } };
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), guard];
  }
  return out;
}
