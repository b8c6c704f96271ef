import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import { validators } from '../generated/webhooks.validators.js';
import { UnknownEventError } from './errors.js';
import { type PayloadProblem, toProblems } from './internal/problems.js';

/** A payload checked against its event's schema: the typed value, or every problem with a JSON pointer. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: PayloadProblem[] };

/** Every event type the spec documents a JSON body for, in spec order. */
export const EVENT_TYPES: readonly EventType[] = Object.freeze([...validators.keys()]);

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && validators.has(value as EventType);
}

/**
 * Validates a parsed payload against the schema of `eventType`, with validators compiled ahead of
 * time (`webhook-contracts types`): nothing is compiled at run time. Throws UnknownEventError for an
 * event type the spec does not document; any payload at all gives a result, never an exception.
 */
export function validateWebhook<E extends EventType>(eventType: E, payload: unknown): ValidationResult<WebhookPayloads[E]>;
export function validateWebhook(eventType: string, payload: unknown): ValidationResult<WebhookPayloads[EventType]>;
export function validateWebhook(eventType: string, payload: unknown): ValidationResult<unknown> {
  const validate = validators.get(eventType as EventType);
  if (!validate) throw new UnknownEventError(eventType, [...EVENT_TYPES]);
  return validate(payload) ? { ok: true, value: payload } : { ok: false, errors: toProblems(validate.errors) };
}
