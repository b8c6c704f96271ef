import type { Norm, SchemaRef } from '../../../core/schema/normalize.js';
import type { SchemaComparer } from '../comparer.js';
import type { RuleId } from '../registry.js';
import type { RawChange } from '../types.js';

/** Where a schema rule's finding is, relative to the node pair it looks at. */
export interface At {
  /** Payload pointer segments below the pair (a property name, `*` for array items). */
  segments?: string[];
  headPointer?: string;
  basePointer?: string | undefined;
}

/** What a schema rule sees: one pair of normalized nodes, and a way to report or to recurse. */
export interface SchemaRuleContext {
  base: Norm;
  head: Norm;
  comparer: SchemaComparer;
  /** Reports a change under its polarity-neutral id; the walker turns it into `response-<id>` in responses. */
  report(id: RuleId, message: string, at?: At): void;
  /** Adds the changes found below a child pair, prefixing their segments. */
  nested(segments: string[], changes: RawChange[]): void;
  compare(base: SchemaRef, head: SchemaRef): RawChange[];
}

export type SchemaRule = (context: SchemaRuleContext) => void;

/** A value quoted for a message: JSON, shortened. */
export function show(canonicalJson: string | undefined): string {
  if (canonicalJson === undefined) return '(none)';
  return canonicalJson.length > 60 ? `${canonicalJson.slice(0, 57)}...` : canonicalJson;
}
