/**
 * The names of the `x-webhook-*` declarations, in one place. Only this module and the reader
 * (core/spec/declaration-reader.ts) spell them; every other module imports these constants (the runtime
 * too, so they sit in its layer).
 */
/** How deliveries are signed: a preset name, an object, or `none` (explicitly unsigned). */
export declare const SIGNATURE_EXTENSION = "x-webhook-signature";
/** Where the event type is: a body pointer, `{ pointer }`, `{ header }`, `{ header, pointer }`, or the type itself. */
export declare const EVENT_TYPE_EXTENSION = "x-webhook-event-type";
/** The body JSON pointer a receiver deduplicates on. */
export declare const IDEMPOTENCY_EXTENSION = "x-webhook-idempotency-key";
/** Roles → body JSON pointers, for the docs' "Key fields" summary. */
export declare const KEY_FIELDS_EXTENSION = "x-webhook-key-fields";
export declare const WEBHOOK_EXTENSIONS: readonly ["x-webhook-signature", "x-webhook-event-type", "x-webhook-idempotency-key", "x-webhook-key-fields"];
export type WebhookExtension = (typeof WEBHOOK_EXTENSIONS)[number];
/** `x-webhook-signature: none`: this event's deliveries are unsigned, on purpose. */
export declare const UNSIGNED = "none";
/** Where a declaration is looked up, in this order: the first level that has it wins. */
export declare const DECLARATION_LEVELS: readonly ["operation", "document", "components"];
export type DeclarationLevel = (typeof DECLARATION_LEVELS)[number];
