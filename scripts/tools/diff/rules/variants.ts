import type { Norm, SchemaRef } from '../../../core/schema/normalize.js';
import type { SchemaComparer } from '../comparer.js';
import type { SchemaRule } from './rule.js';

/**
 * `oneOf`/`anyOf` branches: paired up (equivalent first, then by discriminator value, then by component
 * name, then a lone leftover pair), pairs compared below; a schema without branches counts as one branch.
 * Unpaired head branches are `variant-added` (`discriminated-variant-added` when a discriminator tells
 * them apart), unpaired base branches `variant-removed`.
 */
export const variantsRule: SchemaRule = ({ base, head, comparer, report, nested, compare }) => {
  if (!base.variants && !head.variants) return;
  const before = base.variants ?? [base.source];
  const after = head.variants ?? [head.source];
  const property = discriminatorOf(comparer, 'head', head, after) ?? discriminatorOf(comparer, 'base', base, before);
  const tagOf = (side: 'base' | 'head', holder: Norm, ref: SchemaRef) =>
    property === undefined ? undefined : discriminatorValue(comparer, side, holder, ref, property);
  const left = [...before];
  const right = [...after];
  const pairs: Array<[SchemaRef, SchemaRef]> = [];
  const pairBy = (same: (b: SchemaRef, h: SchemaRef) => boolean) => {
    for (const h of [...right]) {
      const b = left.find((candidate) => same(candidate, h));
      if (!b) continue;
      pairs.push([b, h]);
      left.splice(left.indexOf(b), 1);
      right.splice(right.indexOf(h), 1);
    }
  };
  pairBy((b, h) => comparer.equivalent(b, h));
  pairBy((b, h) => tagOf('base', base, b) !== undefined && tagOf('base', base, b) === tagOf('head', head, h));
  pairBy((b, h) => {
    const name = comparer.norm('base', b).refName;
    return name !== undefined && name === comparer.norm('head', h).refName;
  });
  if (left.length === 1 && right.length === 1) pairs.push([left.pop() as SchemaRef, right.pop() as SchemaRef]);
  for (const [b, h] of pairs) {
    const label = branchLabel(comparer, head.variants ? ['head', h] : ['base', b]);
    nested(
      [],
      compare(b, h).map((c) => ({ ...c, message: `in ${label}: ${c.message}` })),
    );
  }
  const discriminated = discriminatorOf(comparer, 'head', head, after) !== undefined;
  for (const h of right) {
    const label = describe(comparer.norm('head', h), tagOf('head', head, h));
    if (discriminated) report('discriminated-variant-added', `variant ${label} added`, { headPointer: h.pointer, basePointer: undefined });
    else report('variant-added', `variant ${label} added: payloads of a new shape`, { headPointer: h.pointer, basePointer: undefined });
  }
  for (const b of left) {
    report('variant-removed', `variant ${describe(comparer.norm('base', b), tagOf('base', base, b))} removed`, {
      basePointer: b.pointer,
    });
  }
};

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
