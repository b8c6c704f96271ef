import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import { type HeadersInput } from './headers.js';
export interface ParseWebhookInput {
    /** The body exactly as received: bytes, or the exact text. Parse nothing before this call. */
    rawBody: string | Uint8Array;
    headers: HeadersInput;
    /** The webhook's signing secret from the project settings. */
    secret: string | Uint8Array;
    /** The event type, typically from the route the delivery came to (one URL per event). */
    eventType?: string;
}
/** A verified, validated delivery: its type and its typed body. */
export type ParsedWebhook<E extends EventType = EventType> = {
    [K in E]: {
        type: K;
        payload: WebhookPayloads[K];
    };
}[E];
/**
 * Verifies, parses and validates one webhook delivery, in that order: the event type is known, the
 * signature matches the raw body, the body is UTF-8 JSON, the JSON matches the event's schema.
 * Without `eventType`, the event is the only one whose schema accepts the body; when several accept it
 * (as `created` and `pending` do here: their bodies are alike), UnknownEventError asks for `eventType`.
 * Throws only SignatureError, MalformedJsonError, PayloadError, UnknownEventError (and TypeError when
 * called with arguments of the wrong kind, which is a bug in the caller).
 */
export declare function parseWebhook<E extends EventType>(input: ParseWebhookInput & {
    eventType: E;
}): ParsedWebhook<E>;
export declare function parseWebhook(input: ParseWebhookInput): ParsedWebhook;
