/**
 * The library a consumer service imports: the generated types of every webhook body, and the
 * functions that verify, parse and validate deliveries with validators compiled ahead of time.
 * Importing this module compiles no schema and does not load Ajv.
 */
export type * from './generated/webhooks.js';
export { MalformedJsonError, PayloadError, SignatureError, UnknownEventError, WebhookError } from './runtime/errors.js';
export { type HeadersInput, headerText } from './runtime/headers.js';
export type { PayloadProblem } from './runtime/internal/problems.js';
export { MAX_BODY_DEPTH } from './runtime/parse-json.js';
export { type DeliveryDeclarations, type GeneratedSpec, type ParsedWebhook, type ParseWebhookInput, parseWebhook, } from './runtime/parse-webhook.js';
export { SecretFormatError, type SecretInput } from './runtime/secrets.js';
export { DEFAULT_SCHEME, SIGNATURE_HEADER, type SignOptions, signatureHeaders, signatureSchemeOf, signWebhook, verifySignature, verifyWebhookSignature, } from './runtime/signature.js';
export { type DeclarationProblem, type PresetName, resolveSignatureScheme, SIGNATURE_PRESETS, type SignatureScheme, type SignedContent, } from './runtime/signature-scheme.js';
export { EVENT_TYPES, isEventType, type ValidationResult, validateWebhook } from './runtime/validate-webhook.js';
