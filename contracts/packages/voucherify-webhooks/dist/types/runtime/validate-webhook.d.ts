import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import { type PayloadProblem } from './internal/problems.js';
/** A payload checked against its event's schema: the typed value, or every problem with a JSON pointer. */
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    errors: PayloadProblem[];
};
/** Every event type the spec documents a JSON body for, in spec order. */
export declare const EVENT_TYPES: readonly EventType[];
export declare function isEventType(value: unknown): value is EventType;
/**
 * Validates a parsed payload against the schema of `eventType`, with validators compiled ahead of
 * time (`webhook-contracts types`): nothing is compiled at run time. Throws UnknownEventError for an
 * event type the spec does not document; any payload at all gives a result, never an exception.
 */
export declare function validateWebhook<E extends EventType>(eventType: E, payload: unknown): ValidationResult<WebhookPayloads[E]>;
export declare function validateWebhook(eventType: string, payload: unknown): ValidationResult<WebhookPayloads[EventType]>;
