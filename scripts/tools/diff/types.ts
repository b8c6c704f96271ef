/** Data shared by the diff: what a rule reports, and what the report holds. */
import type { Finding } from '../../core/findings.js';
import { LEVELS, type Level } from './level.js';
import type { DiffRuleId } from './registry.js';

export { LEVELS, type Level };

/** Who produces the data being compared: the provider (webhook payloads, headers) or the consumer (its answer). */
export type Polarity = 'payload' | 'response';

/** One change as a rule sees it, before levels, dedupe and consumers. */
export interface RawChange {
  id: DiffRuleId;
  message: string;
  /** Payload pointer segments (`*` for any array index or map key), or undefined for a document-level change. */
  segments: string[] | undefined;
  /** Pointer of the changed node in the head document (or of its nearest parent there when it was removed). */
  headPointer: string;
  /** Pointer of the node in the base document, when it exists there. */
  basePointer: string | undefined;
}

/**
 * A change as rendered: one per changed component, listing every event it affects. The toolkit's one finding
 * shape: `location` is where the change is in the head spec's files (its nearest surviving parent for
 * removals; file '' and line 0 when unknown), and `location.pointer` the node's pointer in the head spec's
 * bundled document (what `webhook-contracts bundle` prints).
 */
export interface Change extends Finding<Level, DiffRuleId> {
  /** The first affected webhook key, or null for a change outside any event. */
  event: string | null;
  /** Every affected webhook key, in spec order. */
  events: string[];
  /** JSON pointer in the payload (`/voucher/code`), or in the document (`#/webhooks/...`) for other changes: the first usage's. */
  pointer: string;
  /**
   * Every place the change is reached, per event, in spec order: a shared component reached at
   * `/data/tracking/status` and `/data/events/*\/trackingData/status` is one change with both usages.
   */
  usages: Array<{ event: string; pointer: string }>;
  /** Consumer names (from pact files) whose interactions read the changed pointer. */
  consumers: string[];
}

export interface DiffReport {
  changes: Change[];
  summary: Record<Level, number>;
  /** Whether pact files were read, so that an empty `consumers` list means "nobody reads it". */
  consumersChecked: boolean;
  /** Relative link to each head event's Markdown page (`docs/events/<event>.md`), for the PR comment. */
  eventPages?: Record<string, string>;
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** `breaking` > `warning` > `info`: a smaller rank is more severe. */
export function rank(level: Level): number {
  return LEVELS.indexOf(level);
}
