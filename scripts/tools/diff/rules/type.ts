import type { Norm } from '../../../core/schema/normalize.js';
import type { SchemaRule } from './rule.js';
import { valuesOf } from './values.js';

/**
 * `type-widened` (head admits a type base did not), `type-narrowed`, or `type-changed` (both). Null is
 * nullable.ts's. Types are those the schema can actually produce: with a `const` or an `enum`, the types
 * of its values, so `type: string` written beside `const: "a"` changes nothing.
 */
export const typeRule: SchemaRule = ({ base, head, report }) => {
  if (valuesOf(base) && valuesOf(head)) return; // the values rule judges two value sets
  const before = effectiveTypes(base);
  const after = effectiveTypes(head);
  if (before === undefined && after === undefined) return;
  const widened = after === undefined || [...after].some((t) => !admits(before, t));
  const narrowed = before === undefined || [...before].some((t) => !admits(after, t));
  const message = `type ${show(before)} → ${show(after)}`;
  if (widened && narrowed) report('type-changed', `${message}: the two accept different values`);
  else if (widened) report('type-widened', `${message}: widened`);
  else if (narrowed) report('type-narrowed', `${message}: narrowed`);
};

/** The non-null types a schema admits (undefined: any), narrowed to those of its `const`/`enum` values. */
export function effectiveTypes(norm: Norm): Set<string> | undefined {
  const values = valuesOf(norm);
  if (values === undefined) return norm.types;
  let types = VALUE_TYPES.get(norm);
  if (!types) {
    const found = new Set(values.map((v) => jsonType(JSON.parse(v))).filter((t) => admits(norm.types, t)));
    types = found.has('integer') && found.has('number') ? new Set([...found].filter((t) => t !== 'integer')) : found;
    VALUE_TYPES.set(norm, types);
  }
  return types;
}

/** Norms are cached per node by the comparer, so the types of their values are worked out once. */
const VALUE_TYPES = new WeakMap<Norm, Set<string>>();

/** Whether two schemas share no type at all (so nothing else about them is worth reporting). */
export function disjointTypes(base: Norm, head: Norm): boolean {
  const before = effectiveTypes(base);
  const after = effectiveTypes(head);
  if (before === undefined || after === undefined || before.size === 0 || after.size === 0) return false;
  return ![...after].some((t) => admits(before, t) || (t === 'number' && before.has('integer')));
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function admits(types: Set<string> | undefined, type: string): boolean {
  return types === undefined || types.has(type) || (type === 'integer' && types.has('number'));
}

function show(types: Set<string> | undefined): string {
  if (types === undefined) return 'any';
  return types.size === 0 ? 'nothing' : [...types].sort().join('|');
}
