/**
 * The names of the `x-webhook-*` declarations, in one place. Only this module and the reader
 * (core/spec/declaration-reader.ts) spell them; every other module imports these constants (the runtime
 * too, so they sit in its layer).
 */

/** How deliveries are signed: a preset name, an object, or `none` (explicitly unsigned). */
export const SIGNATURE_EXTENSION = 'x-webhook-signature';
/** Where the event type is: a body pointer, `{ pointer }`, `{ header }`, `{ header, pointer }`, or the type itself. */
export const EVENT_TYPE_EXTENSION = 'x-webhook-event-type';
/** The body JSON pointer a receiver deduplicates on. */
export const IDEMPOTENCY_EXTENSION = 'x-webhook-idempotency-key';
/** Roles → body JSON pointers, for the docs' "Key fields" summary. */
export const KEY_FIELDS_EXTENSION = 'x-webhook-key-fields';

export const WEBHOOK_EXTENSIONS = [SIGNATURE_EXTENSION, EVENT_TYPE_EXTENSION, IDEMPOTENCY_EXTENSION, KEY_FIELDS_EXTENSION] as const;
export type WebhookExtension = (typeof WEBHOOK_EXTENSIONS)[number];

/** `x-webhook-signature: none`: this event's deliveries are unsigned, on purpose. */
export const UNSIGNED = 'none';

/** Where a declaration is looked up, in this order: the first level that has it wins. */
export const DECLARATION_LEVELS = ['operation', 'document', 'components'] as const;
export type DeclarationLevel = (typeof DECLARATION_LEVELS)[number];
