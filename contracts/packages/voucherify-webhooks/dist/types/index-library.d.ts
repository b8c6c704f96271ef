/**
 * The library a consumer service imports: the generated types of every webhook body, and the
 * functions that verify, parse and validate deliveries with validators compiled ahead of time.
 * Importing this module compiles no schema and does not load Ajv.
 */
export type { PayloadProblem } from './core/validate/problems.js';
export type * from './generated/webhooks.js';
export { MalformedJsonError, PayloadError, SignatureError, UnknownEventError, WebhookError } from './runtime/errors.js';
export type { HeadersInput } from './runtime/headers.js';
export { type ParsedWebhook, type ParseWebhookInput, parseWebhook } from './runtime/parse-webhook.js';
export { SIGNATURE_HEADER, signWebhook, verifySignature } from './runtime/signature.js';
export { EVENT_TYPES, isEventType, type ValidationResult, validateWebhook } from './runtime/validate-webhook.js';
