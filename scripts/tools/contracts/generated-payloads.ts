import type { ValidateFunction } from 'ajv/dist/2020.js';
import { generateSync } from 'json-schema-faker';
import { jsonSchemaDocument } from '../../core/schema/json-schema.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { type PayloadProblem, toProblems } from '../../core/validate/ajv.js';
import type { EventVariants, Variant } from './variants.js';

/** Seeds tried, in order, for each kind of generated payload: runs are deterministic. */
export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const KINDS = [
  { name: 'generated from the schema (required fields)', options: { optionalsProbability: 0 } },
  { name: 'generated from the schema (every field)', options: { alwaysFakeOptionals: true } },
] as const;

/**
 * For each event with a JSON body schema but no example, payloads generated from the schema with
 * json-schema-faker (required fields only, then every field), each seeded and kept only when Ajv
 * accepts it. An event for which no seed gives a valid payload keeps the first problem in `dropped`
 * (a schema that admits no value, or one the generator cannot satisfy).
 */
export function generatedPayloads(
  spec: LoadedSpec,
  validators: ReadonlyMap<string, ValidateFunction>,
  only?: ReadonlySet<string>,
): EventVariants[] {
  const events = spec.events.filter((e) => e.body && e.body.examples.length === 0 && (!only || only.has(e.type)));
  if (events.length === 0) return [];
  const document = jsonSchemaDocument(spec.document) as Record<string, unknown>;
  return events.map((event) => {
    const validate = validators.get(event.type);
    const result: EventVariants = { eventType: event.type, variants: [], dropped: [] };
    const seen = new Set<string>();
    let problems: PayloadProblem[] = [{ pointer: '', keyword: 'generate', message: 'json-schema-faker generated no value' }];
    for (const kind of KINDS) {
      for (const seed of SEEDS) {
        const payload = generate(document, event.body?.schemaPointer as string, { seed, ...kind.options });
        if (payload === undefined) continue;
        if (validate && !validate(payload.value)) {
          problems = toProblems(validate.errors);
          continue;
        }
        const text = JSON.stringify(payload.value);
        if (!seen.has(text)) result.variants.push(variant(event.type, `${kind.name}, seed ${seed}`, payload.value));
        seen.add(text);
        break;
      }
    }
    if (result.variants.length === 0) result.dropped.push({ eventType: event.type, name: 'generated from the schema', problems });
    return result;
  });
}

function generate(document: Record<string, unknown>, pointer: string, options: object): { value: unknown } | undefined {
  try {
    return { value: generateSync({ ...document, $ref: pointer } as never, { ...options, maxDepth: 8, refDepthMax: 3 }) };
  } catch {
    return undefined;
  }
}

function variant(eventType: string, name: string, payload: unknown): Variant {
  return { eventType, name, example: name, change: 'example', path: [], payload };
}
