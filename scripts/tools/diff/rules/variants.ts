import type { Norm, SchemaRef } from '../../../core/schema/normalize.js';
import type { SchemaComparer } from '../comparer.js';
import type { RawChange } from '../types.js';
import { matchBranches } from './match-branches.js';
import type { SchemaRule } from './rule.js';

/**
 * `oneOf`/`anyOf` branches: matched between versions by structure (match-branches.ts), each pair compared
 * below and its changes reported inside the branch; a schema without branches counts as one branch.
 * Only a branch with no counterpart is reported: unpaired head branches are `variant-added`
 * (`discriminated-variant-added` when a discriminator tells them apart), unpaired base branches `variant-removed`.
 * When only one side is a union, null was judged on the two sides as a whole (nullable.ts), so it is not
 * judged again between the plain side and its branch: one change, one finding.
 */
export const variantsRule: SchemaRule = ({ base, head, comparer, report, nested, compare }) => {
  if (!base.variants && !head.variants) return;
  const before = base.variants ?? [base.source];
  const after = head.variants ?? [head.source];
  const property = discriminatorOf(comparer, 'head', head, after) ?? discriminatorOf(comparer, 'base', base, before);
  const tagOf = (side: 'base' | 'head', holder: Norm, ref: SchemaRef) =>
    property === undefined ? undefined : discriminatorValue(comparer, side, holder, ref, property);
  const { pairs, added, removed } = matchBranches(
    comparer,
    { side: 'base', branches: before, tagOf: (ref) => tagOf('base', base, ref) },
    { side: 'head', branches: after, tagOf: (ref) => tagOf('head', head, ref) },
  );
  const plainSide = !base.variants || !head.variants;
  const inside = pairs.map(([b, h]) => ({
    label: branchLabel(comparer, head.variants ? ['head', h] : ['base', b]),
    found: compare(b, h).filter((c) => !(plainSide && NULL_IDS.has(c.id) && (c.segments ?? []).length === 0)),
  }));
  nested([], labelled(inside));
  const discriminated = discriminatorOf(comparer, 'head', head, after) !== undefined;
  for (const h of added) {
    const label = describe(comparer.norm('head', h), tagOf('head', head, h));
    if (discriminated) report('discriminated-variant-added', `variant ${label} added`, { headPointer: h.pointer, basePointer: undefined });
    else report('variant-added', `variant ${label} added: payloads of a new shape`, { headPointer: h.pointer, basePointer: undefined });
  }
  for (const b of removed) {
    report('variant-removed', `variant ${describe(comparer.norm('base', b), tagOf('base', base, b))} removed`, {
      basePointer: b.pointer,
    });
  }
};

/**
 * Changes found inside branches, each message naming its branch. A change to a node several branches
 * share (a component every branch references) is one change: its message names every branch it is in.
 */
function labelled(inside: Array<{ label: string; found: RawChange[] }>): RawChange[] {
  const keyOf = (c: RawChange) => [c.id, c.basePointer ?? `head:${c.headPointer}`, c.message].join('\u0000');
  const labels = new Map<string, string[]>();
  for (const { label, found } of inside) {
    for (const c of found) {
      const list = labels.get(keyOf(c)) ?? [];
      if (!list.includes(label)) list.push(label);
      labels.set(keyOf(c), list);
    }
  }
  const seen = new Set<string>();
  const out: RawChange[] = [];
  for (const c of inside.flatMap(({ found }) => found)) {
    const key = `${keyOf(c)}\u0000${JSON.stringify(c.segments)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...c, message: `in ${(labels.get(keyOf(c)) ?? []).join(', ')}: ${c.message}` });
  }
  return out;
}

/** Null as judged by nullable.ts, under either polarity's id. */
const NULL_IDS = new Set(['null-allowed', 'null-disallowed', 'response-null-allowed', 'response-null-disallowed']);

/** `oneOf[1] "Iban payment"` (its title) or `oneOf[1] IbanPayment` (its component): where a change inside a union is. */
function branchLabel(comparer: SchemaComparer, [side, ref]: ['base' | 'head', SchemaRef]): string {
  const [keyword, index] = ref.pointer.split('/').slice(-2);
  const norm = comparer.norm(side, ref);
  const title = typeof norm.annotations.title === 'string' ? JSON.stringify(norm.annotations.title) : undefined;
  const at = keyword === 'oneOf' || keyword === 'anyOf' ? `${keyword}[${index}]` : 'branch';
  return [at, title ?? norm.refName].filter(Boolean).join(' ');
}

function describe(norm: Norm, value: string | undefined): string {
  if (value !== undefined) return value;
  if (norm.refName) return `"${norm.refName}"`;
  return norm.types ? `of type ${[...norm.types].join('|')}` : norm.pointer;
}

/** The property that tells the branches apart: the declared discriminator, or one with a distinct constant in every branch. */
function discriminatorOf(comparer: SchemaComparer, side: 'base' | 'head', holder: Norm, branches: SchemaRef[]): string | undefined {
  if (holder.discriminator) return holder.discriminator;
  if (!holder.variants || branches.length < 2) return undefined;
  const first = comparer.norm(side, branches[0] as SchemaRef);
  for (const name of first.properties.keys()) {
    const values = branches.map((b) => discriminatorValue(comparer, side, holder, b, name));
    if (values.every((v) => v !== undefined) && new Set(values).size === values.length) return name;
  }
  return undefined;
}

function discriminatorValue(
  comparer: SchemaComparer,
  side: 'base' | 'head',
  holder: Norm,
  ref: SchemaRef,
  name: string,
): string | undefined {
  const branch = comparer.norm(side, ref);
  const mapped = holder.mapping.get(branch.pointer);
  if (mapped !== undefined) return JSON.stringify(mapped);
  const property = branch.properties.get(name);
  if (!property) return undefined;
  const norm = comparer.norm(side, property);
  return norm.const ?? (norm.enum?.length === 1 ? norm.enum[0] : undefined);
}
