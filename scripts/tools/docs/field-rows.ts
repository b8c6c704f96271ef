import { unescapeSegment } from '../../core/spec/pointer.js';
import { type FlatSchema, flatten } from './normalize-schema.js';

/** One row of an event's field table: a field of the body at any depth. */
export interface FieldRow {
  /** Dotted path from the body: `reward.parameters.coin`, `items[]` for array items, `metadata.*` for map values. */
  path: string;
  /** Which union variant(s) the field belongs to, outermost first; empty outside unions. */
  variants: string[];
  type: string;
  nullable: boolean;
  /** Undefined where "required" has no meaning (array items, map values). */
  required: boolean | undefined;
  /** `enum: …`, `const: …`, `format: …`, `pattern: …`, `oneOf: …`. */
  constraints: string[];
  description: string | undefined;
  /** Set when the field's schema is one of its own ancestors: the path where that schema is expanded. */
  recursiveOf?: string;
}

interface Walk {
  document: unknown;
  rows: FieldRow[];
}

/** Every field of a payload schema, depth first, in the order the spec lists them. */
export function fieldRows(document: unknown, schema: unknown): FieldRow[] {
  const walk: Walk = { document, rows: [] };
  visit(walk, schema, { path: '', required: true, active: new Map(), variants: [], self: false });
  return walk.rows;
}

interface At {
  path: string;
  required: boolean | undefined;
  /** Refs being expanded on the way here, with the path where each was first expanded. */
  active: Map<string, string>;
  variants: string[];
  /** Whether to emit a row for this schema itself (not for the body, nor again for a union variant). */
  self: boolean;
}

function visit(walk: Walk, value: unknown, at: At): void {
  const flat = flatten(walk.document, value, at.active);
  const row: FieldRow = {
    path: at.path,
    variants: at.variants,
    type: typeOf(flat, (v) => typeOf(flatten(walk.document, v, at.active), () => 'any')),
    nullable: flat.nullable,
    required: at.required,
    constraints: constraintsOf(walk, flat),
    description: flat.description,
  };
  if (flat.cycle) {
    walk.rows.push({ ...row, type: 'object', recursiveOf: at.active.get(flat.cycle) ?? '' });
    return;
  }
  if (at.self) walk.rows.push(row);
  const active = new Map(at.active);
  for (const ref of flat.refs) if (!active.has(ref)) active.set(ref, at.path);
  const child = (path: string, required: boolean | undefined) => ({ path, required, active, variants: at.variants, self: true });
  for (const [name, sub] of flat.properties) visit(walk, sub, child(join(at.path, name), flat.required.has(name)));
  if (isSchema(flat.items)) visit(walk, flat.items, child(`${at.path}[]`, undefined));
  if (isSchema(flat.additionalProperties)) visit(walk, flat.additionalProperties, child(join(at.path, '*'), undefined));
  for (const union of flat.unions) {
    union.variants.forEach((variant, i) => {
      const label = variantLabel(walk, variant, i);
      visit(walk, variant, { path: at.path, required: at.required, active, variants: [...at.variants, label], self: false });
    });
  }
}

const join = (path: string, name: string) => (path === '' ? name : `${path}.${name}`);
const isSchema = (value: unknown) => value !== null && typeof value === 'object' && Object.keys(value).length > 0;

function typeOf(flat: FlatSchema, variantType: (variant: unknown) => string): string {
  if (flat.types.length > 0) return flat.types.join(' | ');
  const values = flat.const ? [flat.const.value] : (flat.enum ?? []).filter((v) => v !== null);
  if (values.length > 0) return [...new Set(values.map(jsonType))].join(' | ');
  if (flat.properties.length > 0 || isSchema(flat.additionalProperties)) return 'object';
  if (flat.items !== undefined) return 'array';
  const variants = flat.unions[0]?.variants ?? [];
  if (variants.length > 0) return [...new Set(variants.map(variantType).flatMap((t) => t.split(' | ')))].join(' | ');
  return 'any';
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return value === null ? 'null' : typeof value;
}

function constraintsOf(walk: Walk, flat: FlatSchema): string[] {
  const out: string[] = [];
  if (flat.const) out.push(`const: ${JSON.stringify(flat.const.value)}`);
  if (flat.enum) out.push(`enum: ${flat.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (flat.format) out.push(`format: ${flat.format}`);
  if (flat.pattern) out.push(`pattern: ${flat.pattern}`);
  for (const union of flat.unions) {
    const labels = union.variants.map((v, i) => variantLabel(walk, v, i));
    out.push(`${union.keyword}: ${labels.join(', ')}`);
  }
  return out;
}

/** A variant's name: its component name when it is a `$ref`, else its `title`, else its position and type. */
function variantLabel(walk: Walk, variant: unknown, index: number): string {
  const node = (variant ?? {}) as { $ref?: unknown; title?: unknown };
  if (typeof node.$ref === 'string') return unescapeSegment(node.$ref.split('/').at(-1) ?? node.$ref);
  if (typeof node.title === 'string' && node.title) return node.title;
  const types = flatten(walk.document, variant, new Set<string>()).types;
  return `variant ${index + 1}${types.length ? ` (${types.join(' | ')})` : ''}`;
}
