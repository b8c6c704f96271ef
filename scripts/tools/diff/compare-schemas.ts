import type { Norm, SchemaRef } from '../../core/schema/normalize.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import type { SchemaComparer as Comparer } from './comparer.js';
import { idFor } from './registry.js';
import { DISJOINT_RULES, SCHEMA_RULES, UNION_RULES } from './rules/index.js';
import type { SchemaRuleContext } from './rules/rule.js';
import { disjointTypes } from './rules/type.js';
import type { Polarity, RawChange } from './types.js';

/**
 * Compares two schemas structurally, after resolving `$ref`s and normalizing (see normalize.ts).
 * Results are memoized per (base, head, polarity) node pair with pointers relative to the pair,
 * so a shared component is compared once however many events use it, and a pair already being
 * compared higher up (a recursive schema) counts as unchanged where it recurs.
 */
export class SchemaComparer implements Comparer {
  private readonly memo = new Map<string, RawChange[]>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly base: Pick<LoadedSpec, 'schema'>,
    private readonly head: Pick<LoadedSpec, 'schema'>,
  ) {}

  /** Changes from `base` to `head`, with `segments` relative to them. */
  compare(base: SchemaRef, head: SchemaRef, polarity: Polarity): RawChange[] {
    const key = `${polarity}\u0000${base.pointer}\u0000${head.pointer}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) return [];
    this.inProgress.add(key);
    try {
      const changes = this.comparePair(this.norm('base', base), this.norm('head', head), polarity);
      this.memo.set(key, changes);
      return changes;
    } finally {
      this.inProgress.delete(key);
    }
  }

  /** Whether the two schemas accept the same payloads (annotation changes aside). */
  equivalent(base: SchemaRef, head: SchemaRef): boolean {
    return this.compare(base, head, 'payload').every((c) => ANNOTATION_IDS.has(c.id));
  }

  /** The normalised schema, from the side's loaded spec (normalised once there). */
  norm(side: 'base' | 'head', ref: SchemaRef): Norm {
    return (side === 'base' ? this.base : this.head).schema(ref);
  }

  private comparePair(base: Norm, head: Norm, polarity: Polarity): RawChange[] {
    const out: RawChange[] = [];
    const context: SchemaRuleContext = {
      base,
      head,
      comparer: this,
      report: (id, message, at = {}) =>
        out.push({
          id: idFor(id, polarity),
          message,
          segments: at.segments ?? [],
          headPointer: at.headPointer ?? head.pointer,
          basePointer: 'basePointer' in at ? at.basePointer : base.pointer,
        }),
      nested: (segments, changes) => {
        for (const c of changes) out.push({ ...c, segments: [...segments, ...(c.segments ?? [])] });
      },
      compare: (b, h) => this.compare(b, h, polarity),
    };
    const unionOnOneSide = Boolean(base.variants) !== Boolean(head.variants);
    const rules = unionOnOneSide ? UNION_RULES : disjointTypes(base, head) ? DISJOINT_RULES : SCHEMA_RULES;
    for (const rule of rules) rule(context);
    return out;
  }
}

export const ANNOTATION_IDS = new Set(
  ['description-changed', 'title-changed', 'examples-changed', 'default-changed', 'deprecated-changed'].flatMap((id) => [
    id,
    `response-${id}`,
  ]),
);
