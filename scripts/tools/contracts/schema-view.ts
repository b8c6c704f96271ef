import { componentName, resolvePointer } from '../../core/schema/schema-ref.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';

/**
 * What a schema allows at one place in a payload, as the one schema model reads it (core/schema/normalize.ts):
 * enough to list the shapes a field can take. Schemas are named by their JSON pointer in the bundled
 * document, so that Ajv can compile any of them.
 */
export interface SchemaView {
  pointer: string;
  nullable: boolean;
  /** Non-null `oneOf`/`anyOf` branches (pointers, `$ref`s followed); empty when the schema is not a real union. */
  branches: string[];
  properties: Map<string, string>;
  required: Set<string>;
  items: string | undefined;
  /** Allowed non-null values when the schema enumerates them (`enum` or `const`). */
  values: unknown[] | undefined;
  /** Non-null JSON types named by `type`. */
  types: string[];
  format: string | undefined;
  pattern: string | undefined;
  examples: unknown[];
}

const cache = new WeakMap<LoadedSpec, Map<string, SchemaView>>();

/** The view of the schema at `pointer` (cached per loaded spec: views are read-only). */
export function viewSchema(spec: LoadedSpec, pointer: string): SchemaView {
  const views = cache.get(spec) ?? new Map<string, SchemaView>();
  cache.set(spec, views);
  const view = views.get(pointer) ?? buildView(spec, pointer);
  views.set(pointer, view);
  return view;
}

function buildView(spec: LoadedSpec, pointer: string): SchemaView {
  const document = spec.document;
  const norm = spec.schema(pointer);
  const values = norm.const !== undefined ? [norm.const] : norm.enum;
  const examples = norm.annotations.examples;
  return {
    pointer: norm.pointer,
    nullable: norm.nullable,
    branches: (norm.variants ?? []).map((branch) => resolvePointer(document, branch.pointer)),
    properties: new Map([...norm.properties].map(([name, ref]) => [name, ref.pointer])),
    required: norm.required,
    items: norm.items?.pointer,
    values: values?.map((v) => JSON.parse(v)),
    types: [...(norm.types ?? [])],
    format: norm.format,
    pattern: norm.pattern,
    examples: Array.isArray(examples) ? examples : [],
  };
}

/** A readable name for a union branch: its component name, else its `title`, else its position. */
export function branchName(spec: LoadedSpec, pointer: string, index: number): string {
  const component = componentName(pointer);
  if (component !== undefined) return component;
  const node = getAt(spec.document, parsePointer(pointer)) as Record<string, unknown> | undefined;
  return typeof node?.title === 'string' ? node.title : `branch ${index + 1}`;
}
