import { isRef } from '../../core/spec/events.js';
import { getAt, parsePointer } from '../../core/spec/pointer.js';

/** A JSON Schema node of the bundled document, read loosely: specs in the wild mix 3.0 and 3.1 habits. */
export type SchemaNode = Record<string, unknown>;

/** One schema as the field table sees it: refs followed, `allOf` merged, `null` split off as `nullable`. */
export interface FlatSchema {
  types: string[];
  nullable: boolean;
  description: string | undefined;
  properties: Array<[string, unknown]>;
  required: Set<string>;
  items: unknown;
  additionalProperties: unknown;
  /** Real unions (two or more non-null variants), one list per `oneOf`/`anyOf`. */
  unions: Array<{ keyword: 'oneOf' | 'anyOf'; variants: unknown[] }>;
  enum: unknown[] | undefined;
  const: { value: unknown } | undefined;
  format: string | undefined;
  pattern: string | undefined;
  /** `$ref`s followed to reach this schema, outermost first. */
  refs: string[];
}

/** The refs being expanded on the way to a schema (a Set, or the Map of a walk: only `has` is asked). */
export interface ActiveRefs {
  has(ref: string): boolean;
}

/** Follows `$ref`s (local, as bundling leaves them); stops at a ref already in `active` and returns it. */
export function follow(document: unknown, value: unknown, active: ActiveRefs): { node: SchemaNode; refs: string[]; cycle?: string } {
  const refs: string[] = [];
  let node = value;
  while (isRef(node)) {
    const ref = node.$ref;
    if (active.has(ref) || refs.includes(ref)) return { node: {}, refs, cycle: ref };
    refs.push(ref);
    node = ref.startsWith('#') ? target(document, ref) : undefined;
  }
  return { node: node !== null && typeof node === 'object' ? (node as SchemaNode) : {}, refs };
}

const NONE: ActiveRefs = { has: () => false };

/** What a local `$ref` points at, looked up once per document and ref (a large spec's pages follow the same refs thousands of times). */
const targets = new WeakMap<object, Map<string, unknown>>();
function target(document: unknown, ref: string): unknown {
  if (document === null || typeof document !== 'object') return undefined;
  let known = targets.get(document);
  if (!known) {
    known = new Map();
    targets.set(document, known);
  }
  if (!known.has(ref)) known.set(ref, getAt(document, parsePointer(ref)));
  return known.get(ref);
}

const isNullSchema = (document: unknown, s: unknown) => {
  const { node } = follow(document, s, NONE);
  return node.type === 'null' || (Array.isArray(node.type) && node.type.length === 1 && node.type[0] === 'null');
};

/** Normalizes one schema node; `active` holds the refs being expanded on the way here (for cycles). */
export function flatten(document: unknown, value: unknown, active: ActiveRefs): FlatSchema & { cycle?: string } {
  const { node, refs, cycle } = follow(document, value, active);
  const flat: FlatSchema = {
    types: [],
    nullable: node.nullable === true,
    description: typeof node.description === 'string' ? node.description : undefined,
    properties: Object.entries((node.properties as SchemaNode | undefined) ?? {}),
    required: new Set(Array.isArray(node.required) ? (node.required as string[]) : []),
    items: node.items,
    additionalProperties: node.additionalProperties,
    unions: [],
    enum: Array.isArray(node.enum) ? node.enum : undefined,
    const: 'const' in node ? { value: node.const } : undefined,
    format: typeof node.format === 'string' ? node.format : undefined,
    pattern: typeof node.pattern === 'string' ? node.pattern : undefined,
    refs,
  };
  if (cycle) return { ...flat, cycle };
  for (const t of Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type]) {
    if (t === 'null') flat.nullable = true;
    else flat.types.push(String(t));
  }
  const inner: ActiveRefs = refs.length === 0 ? active : { has: (ref) => active.has(ref) || refs.includes(ref) };
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = node[keyword];
    if (!Array.isArray(list)) continue;
    const variants = list.filter((v) => !isNullSchema(document, v));
    if (variants.length < list.length) flat.nullable = true;
    const only = variants.length === 1 ? flatten(document, variants[0], inner) : undefined;
    if (only?.cycle) return { ...flat, cycle: only.cycle }; // `[Self, null]`: a nullable recursion
    if (only) merge(flat, only, true);
    else if (variants.length > 1) flat.unions.push({ keyword, variants });
  }
  for (const member of Array.isArray(node.allOf) ? node.allOf : []) {
    const part = flatten(document, member, inner);
    if (!part.cycle) merge(flat, part, false);
  }
  if (flat.enum?.includes(null)) flat.nullable = true;
  return flat;
}

/**
 * Merges `part` into `into`: the outer schema's own words (description, format) win. A lone union
 * variant passes its `null` on; an `allOf` member does not (every member must allow null for that).
 */
function merge(into: FlatSchema, part: FlatSchema, variant: boolean): void {
  into.types = into.types.length === 0 ? part.types : into.types;
  if (variant) into.nullable ||= part.nullable;
  into.description ??= part.description;
  const own = new Set(into.properties.map(([name]) => name));
  into.properties.push(...part.properties.filter(([name]) => !own.has(name)));
  for (const name of part.required) into.required.add(name);
  into.items ??= part.items;
  into.additionalProperties ??= part.additionalProperties;
  into.unions.push(...part.unions);
  into.enum ??= part.enum;
  into.const ??= part.const;
  into.format ??= part.format;
  into.pattern ??= part.pattern;
  into.refs.push(...part.refs.filter((r) => !into.refs.includes(r)));
}
