import type { WebhookEvent } from '../../../core/spec/events.js';
import type { SchemaComparer } from '../comparer.js';
import type { RuleId } from '../registry.js';
import type { RawChange } from '../types.js';

/** A change found for one webhook (or none, for changes outside every event). */
export interface EventChange extends RawChange {
  event: string | null;
}

/** What a rule on one webhook present on both sides sees. */
export interface EventRuleContext {
  base: WebhookEvent;
  head: WebhookEvent;
  comparer: SchemaComparer;
  report(id: RuleId, message: string, at: { headPointer: string; basePointer?: string | undefined; segments?: string[] }): void;
  /** Adds changes found by comparing schemas; `segments` undefined makes their pointers document pointers. */
  nested(changes: RawChange[], asPayload: boolean): void;
}

export type EventRule = (context: EventRuleContext) => void;
