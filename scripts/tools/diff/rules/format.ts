import type { SchemaRule } from './rule.js';

/** `a ⊂ b`: every value valid for format a is valid for format b. Read transitively. */
const SUBSETS: Record<string, string[]> = {
  int32: ['int64'],
  float: ['double'],
  email: ['idn-email'],
  hostname: ['idn-hostname'],
  uri: ['iri', 'uri-reference'],
  iri: ['iri-reference'],
  'uri-reference': ['iri-reference'],
  'json-pointer': ['relative-json-pointer'],
};

/** Formats whose values never overlap: a change between two of them replaces every value. */
const DISJOINT = new Set(['date-time', 'date', 'time', 'duration', 'email', 'uuid', 'ipv4', 'ipv6']);
const NUMERIC = new Set(['int32', 'int64', 'float', 'double']);

/**
 * `format-added` (narrowed), `format-removed` (widened), and for a change, containment decided where the
 * relation is known: `format-widened` (`int32` → `int64`), `format-narrowed` (`int64` → `int32`),
 * `format-disjoint` (`date-time` → `date`: no value valid for both); else `format-changed`, a warning.
 */
export const formatRule: SchemaRule = ({ base, head, report }) => {
  if (base.format === head.format) return;
  if (base.format === undefined) return report('format-added', `format ${head.format} added`);
  if (head.format === undefined) return report('format-removed', `format ${base.format} removed`);
  const message = `format ${base.format} → ${head.format}`;
  if (within(base.format, head.format)) report('format-widened', `${message}: widened`);
  else if (within(head.format, base.format)) report('format-narrowed', `${message}: narrowed`);
  else if (disjoint(base.format, head.format)) report('format-disjoint', `${message}: no value is valid for both`);
  else report('format-changed', `${message}: containment unknown`);
};

function within(a: string, b: string): boolean {
  return (SUBSETS[a] ?? []).some((c) => c === b || within(c, b));
}

function disjoint(a: string, b: string): boolean {
  if (NUMERIC.has(a) || NUMERIC.has(b)) return false;
  return DISJOINT.has(a) && DISJOINT.has(b);
}
