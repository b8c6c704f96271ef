import type { PayloadProblem } from './internal/problems.js';
/**
 * Why a received webhook was refused. Each failure has its own class with a stable `name`, so a
 * receiver can map it to a status (docs/guides/receiving.md): SignatureError → 401, MalformedJsonError,
 * PayloadError and UnknownEventError → 400. Nothing else is thrown for any request body or header.
 */
export declare class WebhookError extends Error {
    constructor(message: string);
}
/**
 * The delivery's credentials were refused: the signature header the spec's scheme names (`SIGNATURE_HEADER`),
 * or its id/timestamp header is missing, malformed, does not match the body, or its
 * timestamp is out of the tolerance window (`stale`).
 */
export declare class SignatureError extends WebhookError {
    readonly reason: 'missing' | 'malformed' | 'mismatch' | 'stale';
    constructor(reason: SignatureError['reason'], message: string);
}
/** The body is not UTF-8 JSON text (`reason` `encoding` or `syntax`), or nests deeper than 512 levels (`depth`). */
export declare class MalformedJsonError extends WebhookError {
    readonly reason: 'encoding' | 'syntax' | 'depth';
    constructor(message: string, reason?: MalformedJsonError['reason']);
}
/** The body is JSON but not what the spec documents for the event; `problems` says where and why. */
export declare class PayloadError extends WebhookError {
    readonly eventType: string;
    readonly problems: PayloadProblem[];
    constructor(eventType: string, problems: PayloadProblem[], message?: string);
}
/** The event type is not one the spec documents (or, without one, the body fits several). */
export declare class UnknownEventError extends WebhookError {
    readonly eventType: string | undefined;
    readonly knownTypes: string[];
    constructor(eventType: string | undefined, knownTypes: string[], message?: string);
}
