import type { SchemaRef } from './schema-ref.js';

/** The keywords the schema model reads, and its one shape (normalize.ts builds it, merge-norm.ts merges two). */

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
