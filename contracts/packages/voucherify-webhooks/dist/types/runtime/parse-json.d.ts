/** How deep a body may nest objects and arrays: the toolkit's limit for specs and payloads (docs/reference/reliability.md). */
export declare const MAX_BODY_DEPTH = 512;
/**
 * The body as JSON: UTF-8 text, nested at most MAX_BODY_DEPTH deep (checked on the text, before parsing,
 * so that no validator recurses that deep), parsed. Anything else is a MalformedJsonError with its reason.
 */
export declare function parseJsonBody(rawBody: string | Uint8Array): unknown;
