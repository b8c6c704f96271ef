import type { Norm } from '../../core/schema/norm.js';
import { normOf } from '../../core/schema/norm-of.js';
import { refName, type SchemaRef } from '../../core/schema/schema-ref.js';

/** One row of an event's field table: a field of the body at any depth. */
export interface FieldRow {
  /** Dotted path from the body: `reward.parameters.coin`, `items[]` for array items, `metadata.*` for map values. */
  path: string;
  /** Which union variant(s) the field belongs to, outermost first; empty outside unions. */
  variants: string[];
  type: string;
  /** Whether the field may be `null`, as every command reads the schema (core/schema/normalize.ts). */
  nullable: boolean;
  /** Undefined where "required" has no meaning (array items, map values). */
  required: boolean | undefined;
  /** `enum: …`, `const: …`, `format: …`, `pattern: …`, `oneOf: …`. */
  constraints: string[];
  description: string | undefined;
  /** Set when the field's schema is one of its own ancestors: the path where that schema is expanded. */
  recursiveOf?: string;
}

/**
 * Budgets for one page. Each union (`oneOf`/`anyOf`) lists its variants' fields under each variant, so nested
 * unions multiply: 14 nested two-branch `oneOf`s (an 8 KB spec) made a 12.5 MB page in 23 s. Past
 * MAX_BRANCH_PRODUCT along one path, a union's variants are named (in its row) but not expanded; past
 * MAX_FIELD_ROWS rows the table stops. Either way the page says `too many combinations at POINTER; showing N`.
 */
export const MAX_FIELD_ROWS = 2_000;
export const MAX_BRANCH_PRODUCT = 64;

/** The rows, and what was left out when a budget was spent. */
export type FieldRows = FieldRow[] & { limit?: string };

interface Walk {
  document: unknown;
  rows: FieldRow[];
  /** Where a budget was first spent. */
  limitAt?: string;
}

/** Every field of a payload schema, depth first, in the order the spec lists them (within the budgets above). */
export function fieldRows(document: unknown, schema: unknown, pointer = ''): FieldRows {
  const walk: Walk = { document, rows: [] };
  visit(walk, { node: schema, pointer }, { path: '', required: true, active: new Map(), variants: [], self: false, product: 1 });
  const rows: FieldRows = walk.rows;
  if (walk.limitAt !== undefined) rows.limit = `too many combinations at ${walk.limitAt || '/'}; showing ${rows.length}`;
  return rows;
}

interface At {
  path: string;
  required: boolean | undefined;
  /** Refs being expanded on the way here, with the path where each was first expanded. */
  active: Map<string, string>;
  variants: string[];
  /** Whether to emit a row for this schema itself (not for the body, nor again for a union variant). */
  self: boolean;
  /** The product of the variant counts of the unions expanded on the way here. */
  product: number;
}

function visit(walk: Walk, schema: SchemaRef, at: At): void {
  if (walk.rows.length >= MAX_FIELD_ROWS) {
    walk.limitAt ??= schema.pointer;
    return;
  }
  const norm = normOf(walk.document, schema);
  const description = norm.annotations.description;
  const row: FieldRow = {
    path: at.path,
    variants: at.variants,
    type: typeOf(norm, (v) => typeOf(normOf(walk.document, v), () => 'any')),
    nullable: norm.nullable,
    required: at.required,
    constraints: constraintsOf(walk, norm),
    description: typeof description === 'string' ? description : undefined,
  };
  const cycle = norm.refs.find((ref) => at.active.has(ref));
  if (cycle !== undefined) {
    walk.rows.push({ ...row, type: 'object', recursiveOf: at.active.get(cycle) ?? '' });
    return;
  }
  if (at.self) walk.rows.push(row);
  const active = new Map(at.active);
  for (const ref of norm.refs) if (!active.has(ref)) active.set(ref, at.path);
  const child = (path: string, required: boolean | undefined) => ({
    path,
    required,
    active,
    variants: at.variants,
    self: true,
    product: at.product,
  });
  for (const [name, sub] of norm.properties) visit(walk, sub, child(join(at.path, name), norm.required.has(name)));
  if (norm.items && isSchema(norm.items.node)) visit(walk, norm.items, child(`${at.path}[]`, undefined));
  if (typeof norm.additional === 'object' && isSchema(norm.additional.node))
    visit(walk, norm.additional, child(join(at.path, '*'), undefined));
  const product = at.product * (norm.variants?.length ?? 1);
  if (norm.variants && norm.variants.length > 1 && product > MAX_BRANCH_PRODUCT) {
    walk.limitAt ??= schema.pointer;
    return;
  }
  norm.variants?.forEach((variant, i) => {
    const label = variantLabel(walk, variant, i);
    visit(walk, variant, { path: at.path, required: at.required, active, variants: [...at.variants, label], self: false, product });
  });
}

const join = (path: string, name: string) => (path === '' ? name : `${path}.${name}`);
const isSchema = (value: unknown) => value !== null && typeof value === 'object' && Object.keys(value).length > 0;

function typeOf(norm: Norm, variantType: (variant: SchemaRef) => string): string {
  if (norm.types && norm.types.size > 0) return [...norm.types].join(' | ');
  const values = norm.const !== undefined ? [norm.const] : (norm.enum ?? []);
  if (values.length > 0) return [...new Set(values.map((v) => jsonType(JSON.parse(v))))].join(' | ');
  if (norm.properties.size > 0 || (typeof norm.additional === 'object' && isSchema(norm.additional.node))) return 'object';
  if (norm.items !== undefined) return 'array';
  const variants = norm.variants ?? [];
  if (variants.length > 0) return [...new Set(variants.map(variantType).flatMap((t) => t.split(' | ')))].join(' | ');
  return 'any';
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return value === null ? 'null' : typeof value;
}

function constraintsOf(walk: Walk, norm: Norm): string[] {
  const out: string[] = [];
  if (norm.const !== undefined) out.push(`const: ${norm.const}`);
  if (norm.enum) out.push(`enum: ${[...norm.enum, ...(norm.nullable ? ['null'] : [])].join(', ')}`);
  if (norm.format) out.push(`format: ${norm.format}`);
  if (norm.pattern) out.push(`pattern: ${norm.pattern}`);
  if (norm.variants) out.push(`${norm.unionKeyword}: ${norm.variants.map((v, i) => variantLabel(walk, v, i)).join(', ')}`);
  return out;
}

/** A variant's name: its component name when it is a `$ref`, else its `title`, else its position and type. */
function variantLabel(walk: Walk, variant: SchemaRef, index: number): string {
  const node = (variant.node ?? {}) as { $ref?: unknown; title?: unknown };
  if (typeof node.$ref === 'string') return refName(node.$ref) ?? node.$ref;
  if (typeof node.title === 'string' && node.title) return node.title;
  const types = [...(normOf(walk.document, variant).types ?? [])];
  return `variant ${index + 1}${types.length ? ` (${types.join(' | ')})` : ''}`;
}
