import type { LoadedSpec } from '../../core/spec/load.js';
import { viewSchema } from './schema-view.js';

/** What the spec says about one field a pact declares: where it is defined and what it allows. */
export interface FieldFacts {
  /** Schema pointers that define the field (several when it sits in several union branches). */
  pointers: string[];
  types: Set<string>;
  nullable: boolean;
  /** False when some schema that defines it does not require it. */
  required: boolean;
  values: unknown[] | undefined;
  formats: Set<string>;
}

/** The schemas reachable as `key` of a value of any of `parents`, looking through unions. */
export function childField(spec: LoadedSpec, parents: readonly string[], key: string | '*'): FieldFacts | undefined {
  const pointers: string[] = [];
  let required = true;
  for (const parent of objectShapes(spec, parents)) {
    const view = viewSchema(spec, parent);
    const child = key === '*' ? view.items : view.properties.get(key);
    if (!child) continue;
    pointers.push(child);
    if (key !== '*' && !view.required.has(key)) required = false;
  }
  if (pointers.length === 0) return undefined;
  const facts: FieldFacts = { pointers, types: new Set(), nullable: false, required, values: undefined, formats: new Set() };
  for (const pointer of pointers) describe(spec, pointer, facts, 0);
  return facts;
}

/** The schema and every union branch under it (the shapes a value there can take). */
export function objectShapes(spec: LoadedSpec, pointers: readonly string[], depth = 0): string[] {
  if (depth > 8) return [...pointers];
  return pointers.flatMap((pointer) => {
    const view = viewSchema(spec, pointer);
    return [pointer, ...objectShapes(spec, view.branches, depth + 1)];
  });
}

function describe(spec: LoadedSpec, pointer: string, facts: FieldFacts, depth: number): void {
  const view = viewSchema(spec, pointer);
  if (view.nullable) facts.nullable = true;
  for (const type of view.types) facts.types.add(type);
  if (view.types.length === 0 && view.properties.size > 0) facts.types.add('object');
  if (view.types.length === 0 && view.items) facts.types.add('array');
  if (view.values) {
    facts.values = [...(facts.values ?? []), ...view.values];
    for (const value of view.values) facts.types.add(jsonType(value));
  }
  if (view.format) facts.formats.add(view.format);
  if (depth < 8) for (const branch of view.branches) describe(spec, branch, facts, depth + 1);
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
