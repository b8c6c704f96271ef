import type { LoadedSpec } from '../../core/spec/load.js';
import { getAt, parsePointer, toPointer } from '../../core/spec/pointer.js';

type Json = Record<string, unknown>;

/**
 * What a schema allows at one place in a payload, with `$ref`s followed and `allOf` merged:
 * enough to list the shapes a field can take. Schemas are named by their JSON pointer in the
 * bundled document, so that Ajv can compile any of them.
 */
export interface SchemaView {
  pointer: string;
  nullable: boolean;
  /** Non-null `oneOf`/`anyOf` branches (pointers); empty when the schema is not a union. */
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
  const view: SchemaView = {
    pointer: resolvePointer(spec, pointer),
    nullable: false,
    branches: [],
    properties: new Map(),
    required: new Set(),
    items: undefined,
    values: undefined,
    types: [],
    format: undefined,
    pattern: undefined,
    examples: [],
  };
  collect(spec, view.pointer, view, 0);
  return view;
}

/** Follows `$ref`s from a pointer to the schema object that holds content. */
export function resolvePointer(spec: LoadedSpec, pointer: string): string {
  let current = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const node = getAt(spec.document, parsePointer(current)) as Json | undefined;
    if (typeof node?.$ref !== 'string' || !node.$ref.startsWith('#')) return current;
    current = node.$ref;
  }
  return current;
}

function collect(spec: LoadedSpec, pointer: string, view: SchemaView, depth: number): void {
  if (depth > 16) return;
  const at = parsePointer(pointer);
  const node = getAt(spec.document, at) as Json | undefined;
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string') collect(spec, resolvePointer(spec, pointer), view, depth + 1);
  const child = (...segments: (string | number)[]) => `#${toPointer([...at, ...segments])}`;
  const types = Array.isArray(node.type) ? node.type : typeof node.type === 'string' ? [node.type] : [];
  if (types.includes('null') || node.const === null || (Array.isArray(node.enum) && node.enum.includes(null))) view.nullable = true;
  view.types.push(...types.filter((t) => t !== 'null'));
  if (Array.isArray(node.enum)) view.values = node.enum.filter((v) => v !== null);
  if ('const' in node && node.const !== null) view.values = [node.const];
  if (typeof node.format === 'string') view.format = node.format;
  if (typeof node.pattern === 'string') view.pattern = node.pattern;
  if (Array.isArray(node.examples)) view.examples.push(...node.examples);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    list.forEach((_branch, index) => {
      const branchPointer = resolvePointer(spec, child(key, index));
      const branchNode = getAt(spec.document, parsePointer(branchPointer)) as Json | undefined;
      if (branchNode?.type === 'null') view.nullable = true;
      else view.branches.push(branchPointer);
    });
  }
  if (Array.isArray(node.allOf)) {
    for (let index = 0; index < node.allOf.length; index++) collect(spec, child('allOf', index), view, depth + 1);
  }
  if (node.properties && typeof node.properties === 'object') {
    for (const name of Object.keys(node.properties)) view.properties.set(name, child('properties', name));
  }
  if (Array.isArray(node.required)) for (const name of node.required) view.required.add(String(name));
  if (node.items && typeof node.items === 'object') view.items = child('items');
}

/** A readable name for a union branch: its component name, else its `title`, else its position. */
export function branchName(spec: LoadedSpec, pointer: string, index: number): string {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(pointer);
  if (match) return match[1] as string;
  const node = getAt(spec.document, parsePointer(pointer)) as Json | undefined;
  return typeof node?.title === 'string' ? node.title : `branch ${index + 1}`;
}
