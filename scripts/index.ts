/**
 * The library a consumer service imports: the generated types of every webhook body, and the
 * functions that verify, parse and validate deliveries with validators compiled ahead of time.
 * Importing this module compiles no schema and does not load Ajv.
 */
export type * from './generated/webhooks.js';
export type { PayloadProblem } from './validate/problems.js';
export { MalformedJsonError, PayloadError, SignatureError, UnknownEventError, WebhookError } from './webhooks/errors.js';
export type { HeadersInput } from './webhooks/headers.js';
export { type ParsedWebhook, type ParseWebhookInput, parseWebhook } from './webhooks/parse-webhook.js';
export { SIGNATURE_HEADER, signWebhook, verifySignature } from './webhooks/signature.js';
export { EVENT_TYPES, isEventType, type ValidationResult, validateWebhook } from './webhooks/validate-webhook.js';
