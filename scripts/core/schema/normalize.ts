import { childPointer } from '../spec/pointer.js';
import { mergeInto } from './merge-norm.js';
import { canonical, followRefs, isObj, type Obj, type SchemaRef } from './schema-ref.js';

export { canonical, followRefs, type SchemaRef };

export const BOUND_KEYWORDS = [
  'maxLength',
  'minLength',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'maxContains',
  'minContains',
  'multipleOf',
] as const;
export type BoundKeyword = (typeof BOUND_KEYWORDS)[number];
export const ANNOTATIONS = ['description', 'title', 'examples', 'default', 'deprecated'] as const;
/**
 * Assertions kept as written (canonical JSON) and judged as a whole: adding one narrows, removing one
 * widens, changing one is not decided. `then`/`else` are kept with `if`, as one conditional.
 */
export const CONSTRAINT_KEYWORDS = [
  'not',
  'if',
  'dependentSchemas',
  'dependentRequired',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  '$dynamicRef',
] as const;
/** Keywords that change what a value means without being validated: a change is a warning. */
export const CONTENT_KEYWORDS = ['contentMediaType', 'contentEncoding', 'contentSchema'] as const;
const KEPT_WHOLE = [...CONSTRAINT_KEYWORDS, ...CONTENT_KEYWORDS];

/**
 * A schema in one canonical shape, so that refactors that change nothing on the wire compare equal:
 * `$ref`s followed, single-branch and object `allOf`s merged, and every way of allowing null
 * (`type: [X, 'null']`, `oneOf`/`anyOf` with a `{type: 'null'}` branch, `null` in `enum`) folded into `nullable`.
 */
export interface Norm {
  /** The schema as first met, before following `$ref`s. */
  source: SchemaRef;
  /** Pointer of the node the `$ref`s lead to. */
  pointer: string;
  /** Name of the last component the `$ref`s went through, used to pair union branches. */
  refName: string | undefined;
  /** Non-null types; undefined when the type is unconstrained. */
  types: Set<string> | undefined;
  nullable: boolean;
  /** Non-null enum values, as canonical JSON strings. */
  enum: string[] | undefined;
  /** Canonical JSON of `const`. */
  const: string | undefined;
  properties: Map<string, SchemaRef>;
  required: Set<string>;
  /** `closed` for `additionalProperties: false` (or `unevaluatedProperties: false`). */
  additional: 'open' | 'closed' | SchemaRef;
  items: SchemaRef | undefined;
  bounds: Partial<Record<BoundKeyword, number>>;
  pattern: string | undefined;
  format: string | undefined;
  /** `oneOf`/`anyOf` branches other than null, when more than one remains. */
  variants: SchemaRef[] | undefined;
  discriminator: string | undefined;
  /** Discriminator mapping: target pointer → value. */
  mapping: Map<string, string>;
  /** `oneOf` or `anyOf`, for `variants`. */
  unionKeyword: 'oneOf' | 'anyOf' | undefined;
  /** Every `$ref` followed to build this schema (its own, then those of merged `allOf` and lone union branches). */
  refs: string[];
  /** Raw annotation values (compared as canonical JSON only when they differ by identity). */
  annotations: Partial<Record<(typeof ANNOTATIONS)[number], unknown>>;
  /** `uniqueItems: true`. */
  uniqueItems: boolean;
  /** `prefixItems` positions. */
  prefixItems: SchemaRef[] | undefined;
  /** `items: false` (or `unevaluatedItems: false`): no item past `prefixItems`. */
  itemsClosed: boolean;
  /** `patternProperties`, by pattern. */
  patternProperties: Map<string, SchemaRef>;
  /** CONSTRAINT_KEYWORDS and CONTENT_KEYWORDS present, as canonical JSON. */
  keywords: Map<string, string>;
  /** `nullable: true` (OpenAPI 3.0) or `x-nullable: true` left in the document, which 3.1 validators ignore. */
  vendorNullable: string | undefined;
  /** `x-extensible-enum` values, as canonical JSON strings. */
  extensibleEnum: string[] | undefined;
  /** `readOnly` / `writeOnly`. */
  access: string | undefined;
}

const isNullSchema = (v: unknown) =>
  isObj(v) && (v.type === 'null' || (Array.isArray(v.type) && v.type.length === 1 && v.type[0] === 'null') || v.const === null);

export function normalize(document: unknown, start: SchemaRef, depth = 0): Norm {
  const { ref, refName, siblings, refs } = followRefs(document, start);
  const norm = emptyNorm(start, ref.pointer, refName);
  norm.refs.push(...refs);
  if (ref.node === false) {
    norm.types = new Set();
    norm.nullable = false;
    return norm;
  }
  if (!isObj(ref.node)) return norm;
  const node = ref.node;
  applyOwn(norm, node, ref.pointer);
  for (const sibling of siblings) mergeInto(norm, ownOnly(sibling, ref.pointer), true);
  if (depth < 32) {
    (Array.isArray(node.allOf) ? node.allOf : []).forEach((branch, i) => {
      mergeInto(norm, normalize(document, { node: branch, pointer: `${ref.pointer}/allOf/${i}` }, depth + 1), false);
    });
    const unionKey = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
    if (unionKey) {
      const branches = (node[unionKey] as unknown[]).map((b, i) => ({ node: b, pointer: `${ref.pointer}/${unionKey}/${i}` }));
      const nonNull = branches.filter((b) => !isNullSchema(followRefs(document, b).ref.node));
      if (nonNull.length < branches.length) norm.nullable = true;
      if (nonNull.length === 1) {
        const only = normalize(document, nonNull[0] as SchemaRef, depth + 1);
        const keepNull = norm.nullable;
        mergeInto(norm, only, false);
        norm.nullable = keepNull || only.nullable;
        norm.refName ??= only.refName;
      } else if (nonNull.length > 1) {
        norm.variants = nonNull;
        norm.unionKeyword = unionKey;
        if (node.type === undefined) norm.types = undefined;
      }
    }
  }
  if (norm.types === undefined && !norm.variants && norm.enum === undefined && norm.const === undefined) norm.nullable = true;
  return norm;
}

function emptyNorm(source: SchemaRef, pointer: string, refName: string | undefined): Norm {
  return {
    source,
    pointer,
    refName,
    types: undefined,
    nullable: false,
    enum: undefined,
    const: undefined,
    properties: new Map(),
    required: new Set(),
    additional: 'open',
    items: undefined,
    bounds: {},
    pattern: undefined,
    format: undefined,
    variants: undefined,
    discriminator: undefined,
    mapping: new Map(),
    unionKeyword: undefined,
    refs: [],
    annotations: {},
    uniqueItems: false,
    prefixItems: undefined,
    itemsClosed: false,
    patternProperties: new Map(),
    keywords: new Map(),
    vendorNullable: undefined,
    extensibleEnum: undefined,
    access: undefined,
  };
}

function ownOnly(node: Obj, pointer: string): Norm {
  const norm = emptyNorm({ node, pointer }, pointer, undefined);
  applyOwn(norm, node, pointer);
  return norm;
}

/** The keywords written on the node itself (not in its `allOf`/`oneOf`/`anyOf`). */
function applyOwn(norm: Norm, node: Obj, pointer: string): void {
  const types = typeof node.type === 'string' ? [node.type] : Array.isArray(node.type) ? (node.type as string[]) : undefined;
  if (types) {
    norm.types = new Set(types.filter((t) => t !== 'null'));
    norm.nullable = types.includes('null');
  }
  if (Array.isArray(node.enum)) {
    if (node.enum.includes(null)) norm.nullable = true;
    norm.enum = node.enum.filter((v) => v !== null).map(canonical);
  }
  if ('const' in node) {
    if (node.const === null) norm.nullable = true;
    else norm.const = canonical(node.const);
  }
  if (isObj(node.properties)) {
    for (const [name, value] of Object.entries(node.properties)) {
      norm.properties.set(name, { node: value, pointer: childPointer(pointer, 'properties', name) });
    }
  }
  if (Array.isArray(node.required)) for (const name of node.required) norm.required.add(String(name));
  if (node.additionalProperties === false || node.unevaluatedProperties === false) norm.additional = 'closed';
  else if (isObj(node.additionalProperties))
    norm.additional = { node: node.additionalProperties, pointer: `${pointer}/additionalProperties` };
  if (node.items !== undefined && typeof node.items !== 'boolean') norm.items = { node: node.items, pointer: `${pointer}/items` };
  for (const keyword of BOUND_KEYWORDS) if (typeof node[keyword] === 'number') norm.bounds[keyword] = node[keyword] as number;
  if (typeof node.pattern === 'string') norm.pattern = node.pattern;
  if (typeof node.format === 'string') norm.format = node.format;
  const discriminator = node.discriminator as { propertyName?: unknown; mapping?: Record<string, unknown> } | undefined;
  if (isObj(discriminator) && typeof discriminator.propertyName === 'string') {
    norm.discriminator = discriminator.propertyName;
    for (const [value, target] of Object.entries(discriminator.mapping ?? {})) norm.mapping.set(String(target), value);
  }
  for (const key of ANNOTATIONS) if (node[key] !== undefined) norm.annotations[key] = node[key];
  if (node.example !== undefined && norm.annotations.examples === undefined) norm.annotations.examples = [node.example];
  applyMore(norm, node, pointer);
}

/** Keywords the first rules did not model: arrays, tuples, pattern properties, assertions kept whole, vendor conventions. */
function applyMore(norm: Norm, node: Obj, pointer: string): void {
  if (node.uniqueItems === true) norm.uniqueItems = true;
  if (Array.isArray(node.prefixItems))
    norm.prefixItems = node.prefixItems.map((n, i) => ({ node: n, pointer: `${pointer}/prefixItems/${i}` }));
  if (node.items === false || node.unevaluatedItems === false) norm.itemsClosed = true;
  if (isObj(node.patternProperties)) {
    for (const [pattern, value] of Object.entries(node.patternProperties)) {
      norm.patternProperties.set(pattern, { node: value, pointer: childPointer(pointer, 'patternProperties', pattern) });
    }
  }
  for (const key of KEPT_WHOLE) {
    if (node[key] === undefined || (key.startsWith('unevaluated') && node[key] === false)) continue;
    norm.keywords.set(key, canonical(key === 'if' ? [node.if, node.then, node.else] : node[key]));
  }
  for (const key of ['nullable', 'x-nullable']) if (node[key] === true) norm.vendorNullable = key;
  if (Array.isArray(node['x-extensible-enum'])) norm.extensibleEnum = node['x-extensible-enum'].map(canonical);
  if (node.readOnly === true) norm.access = 'readOnly';
  if (node.writeOnly === true) norm.access = 'writeOnly';
}
