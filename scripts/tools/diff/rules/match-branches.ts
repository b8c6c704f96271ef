import type { Norm, SchemaRef } from '../../../core/schema/normalize.js';
import type { SchemaComparer } from '../comparer.js';
import { effectiveTypes } from './type.js';

/** One side of a union being matched: its branches, and what tells a branch apart on that side. */
export interface BranchSide {
  side: 'base' | 'head';
  branches: SchemaRef[];
  /** The discriminator (or distinct `const`) value of a branch on this side, if there is one. */
  tagOf(ref: SchemaRef): string | undefined;
}

export interface BranchMatch {
  /** Matched `[base, head]` branches, in head order. */
  pairs: Array<[SchemaRef, SchemaRef]>;
  /** Base branches with no counterpart in head. */
  removed: SchemaRef[];
  /** Head branches with no counterpart in base. */
  added: SchemaRef[];
}

/**
 * Pairs the branches of two versions of a union by structure, each step only among branches still
 * unpaired: the same title, the same discriminator or `const` value, the same component, the same set
 * of required keys (each only where the key names exactly one branch on each side, so an ambiguous key
 * never pairs by position); then branches that accept the same payloads; then the closest remaining
 * pair by shape (shared types, property names, required keys, format, values), as long as they share a type.
 * What is left has no counterpart: added or removed.
 */
export function matchBranches(comparer: SchemaComparer, base: BranchSide, head: BranchSide): BranchMatch {
  const left = [...base.branches];
  const right = [...head.branches];
  const pairs: Array<[SchemaRef, SchemaRef]> = [];
  const take = (b: SchemaRef, h: SchemaRef) => {
    pairs.push([b, h]);
    left.splice(left.indexOf(b), 1);
    right.splice(right.indexOf(h), 1);
  };
  const norm = (side: BranchSide, ref: SchemaRef) => comparer.norm(side.side, ref);
  const keys: Array<(side: BranchSide, ref: SchemaRef) => string | undefined> = [
    (side, ref) => titleOf(norm(side, ref)),
    (side, ref) => side.tagOf(ref) ?? norm(side, ref).const,
    (side, ref) => norm(side, ref).refName,
    (side, ref) => requiredKeyOf(norm(side, ref)),
  ];
  for (const key of keys) {
    const before = uniqueBy(left, (ref) => key(base, ref));
    const after = uniqueBy(right, (ref) => key(head, ref));
    for (const [value, h] of after) {
      const b = before.get(value);
      if (b) take(b, h);
    }
  }
  // Only branches of one shape can accept the same payloads: the full comparison runs on those pairs alone.
  for (const h of [...right]) {
    const shape = shapeOf(norm(head, h));
    const b = left.find((candidate) => shapeOf(norm(base, candidate)) === shape && comparer.equivalent(candidate, h));
    if (b) take(b, h);
  }
  const scored = left
    .flatMap((b, i) => right.map((h, j) => ({ b, h, score: similarity(norm(base, b), norm(head, h)), distance: Math.abs(i - j) })))
    .filter((c) => c.score > 0)
    .sort((x, y) => y.score - x.score || x.distance - y.distance);
  for (const { b, h } of scored) if (left.includes(b) && right.includes(h)) take(b, h);
  pairs.sort(([, a], [, b]) => head.branches.indexOf(a) - head.branches.indexOf(b));
  return { pairs, removed: left, added: right };
}

function titleOf(norm: Norm): string | undefined {
  return typeof norm.annotations.title === 'string' ? norm.annotations.title : undefined;
}

function requiredKeyOf(norm: Norm): string | undefined {
  return norm.required.size === 0 ? undefined : JSON.stringify([...norm.required].sort());
}

/** Branches by key, leaving out keys that several branches share (and branches without one). */
function uniqueBy(refs: SchemaRef[], key: (ref: SchemaRef) => string | undefined): Map<string, SchemaRef> {
  const found = new Map<string, SchemaRef | null>();
  for (const ref of refs) {
    const value = key(ref);
    if (value !== undefined) found.set(value, found.has(value) ? null : ref);
  }
  return new Map([...found].filter((entry): entry is [string, SchemaRef] => entry[1] !== null));
}

/**
 * How alike two branches look, 0 to 1: the share of features they have in common (Jaccard), 0 when both
 * constrain their type and share none (a string branch never continues as an object branch).
 */
export function similarity(base: Norm, head: Norm): number {
  const before = effectiveTypes(base);
  const after = effectiveTypes(head);
  if (before && after && before.size > 0 && after.size > 0) {
    const numeric = (t: string) => (t === 'integer' ? 'number' : t);
    const shared = [...after].some((t) => [...before].some((u) => numeric(u) === numeric(t)));
    if (!shared) return 0;
  }
  const a = features(base);
  const b = features(head);
  if (a.size === 0 && b.size === 0) return 1;
  const common = [...a].filter((f) => b.has(f)).length;
  return common / (a.size + b.size - common);
}

/** Features are worked out once per node (norms are cached per node by the comparer). */
const FEATURES = new WeakMap<Norm, Set<string>>();
const SHAPES = new WeakMap<Norm, string>();

/** What two equivalent branches share whatever their names: features without component and title. */
function shapeOf(norm: Norm): string {
  let shape = SHAPES.get(norm);
  if (shape === undefined) {
    shape = [...features(norm)]
      .filter((f) => !f.startsWith('component:') && !f.startsWith('title:'))
      .sort()
      .join('\u0000');
    SHAPES.set(norm, shape);
  }
  return shape;
}

function features(norm: Norm): Set<string> {
  const known = FEATURES.get(norm);
  if (known) return known;
  const out = new Set<string>();
  FEATURES.set(norm, out);
  for (const t of effectiveTypes(norm) ?? []) out.add(`type:${t}`);
  for (const name of norm.properties.keys()) out.add(`property:${name}`);
  for (const name of norm.required) out.add(`required:${name}`);
  for (const value of norm.enum ?? []) out.add(`value:${value}`);
  if (norm.const !== undefined) out.add(`value:${norm.const}`);
  if (norm.format !== undefined) out.add(`format:${norm.format}`);
  if (norm.items) out.add('items');
  if (norm.refName !== undefined) out.add(`component:${norm.refName}`);
  const title = titleOf(norm);
  if (title !== undefined) out.add(`title:${title}`);
  return out;
}
