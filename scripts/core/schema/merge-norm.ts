import { ANNOTATIONS, BOUND_KEYWORDS, type Norm } from './norm.js';

/** Merges an `allOf` branch (or a lone union branch) into the holder: constraints add up, the holder's annotations win. */
export function mergeInto(into: Norm, from: Norm, siblingsWin: boolean): void {
  const intoConstrained = into.types !== undefined || into.enum !== undefined || into.const !== undefined;
  const fromConstrained = from.types !== undefined || from.enum !== undefined || from.const !== undefined;
  if (fromConstrained) into.nullable = intoConstrained ? into.nullable && from.nullable : from.nullable;
  if (from.types) into.types = into.types ? new Set([...into.types].filter((t) => from.types?.has(t))) : new Set(from.types);
  into.enum ??= from.enum;
  into.const ??= from.const;
  for (const [name, value] of from.properties) if (!into.properties.has(name)) into.properties.set(name, value);
  for (const name of from.required) into.required.add(name);
  if (into.additional === 'open') into.additional = from.additional;
  into.items ??= from.items;
  for (const keyword of BOUND_KEYWORDS) if (from.bounds[keyword] !== undefined) into.bounds[keyword] ??= from.bounds[keyword];
  into.pattern ??= from.pattern;
  into.format ??= from.format;
  if (!into.variants && from.variants) {
    into.variants = from.variants;
    into.unionKeyword = from.unionKeyword;
  }
  into.discriminator ??= from.discriminator;
  for (const [k, v] of from.mapping) into.mapping.set(k, v);
  for (const key of ANNOTATIONS) {
    if (from.annotations[key] !== undefined && (siblingsWin || into.annotations[key] === undefined))
      into.annotations[key] = from.annotations[key];
  }
  into.refName ??= from.refName;
  into.uniqueItems ||= from.uniqueItems;
  into.prefixItems ??= from.prefixItems;
  into.itemsClosed ||= from.itemsClosed;
  for (const [k, v] of from.patternProperties) if (!into.patternProperties.has(k)) into.patternProperties.set(k, v);
  for (const [k, v] of from.keywords) if (!into.keywords.has(k)) into.keywords.set(k, v);
  into.vendorNullable ??= from.vendorNullable;
  into.extensibleEnum ??= from.extensibleEnum;
  into.access ??= from.access;
  for (const ref of from.refs) if (!into.refs.includes(ref)) into.refs.push(ref);
}
