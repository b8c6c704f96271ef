import type { Norm, SchemaRef } from '../../core/schema/normalize.js';
import type { Polarity, RawChange } from './types.js';

/**
 * What a rule may ask of the schema comparer (compare-schemas.ts implements it). The rules name this
 * interface, not the class, so that the comparer can run the rules without an import cycle.
 */
export interface SchemaComparer {
  /** Changes from `base` to `head`, with `segments` relative to them. */
  compare(base: SchemaRef, head: SchemaRef, polarity: Polarity): RawChange[];
  /** Whether the two schemas accept the same payloads (annotation changes aside). */
  equivalent(base: SchemaRef, head: SchemaRef): boolean;
  norm(side: 'base' | 'head', ref: SchemaRef): Norm;
}
