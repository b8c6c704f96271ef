import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import type { HeadersInput } from './headers.js';
import type { SignatureScheme } from './signature-scheme.js';
/** What the spec declares about one event's deliveries, as `types` generates it (`X.validators.js`: `declarations`). */
export interface DeliveryDeclarations {
    signature: SignatureScheme | null;
    eventTypePointer: string | null;
    idempotencyKey: string | null;
}
/**
 * A read-only lookup by event type: a `Map` fits. Spelt out rather than `ReadonlyMap` so that the package's
 * declarations compile under any `lib`, ES5's included (a bundler project with no `target`).
 */
export interface Lookup<V> {
    get(key: string): V | undefined;
    has(key: string): boolean;
    forEach(visit: (value: V, key: string) => void): void;
}
/** The module `webhook-contracts types --out X.ts` writes as `X.validators.js`, for another spec. */
export interface GeneratedSpec {
    validators: Lookup<{
        (data: unknown): boolean;
        errors?: unknown;
    }>;
    declarations?: Lookup<DeliveryDeclarations>;
}
export interface ParseWebhookInput {
    /** The body exactly as received: bytes, or the exact text. Parse nothing before this call. */
    rawBody: string | Uint8Array;
    headers: HeadersInput;
    /** The webhook's signing secret from the project settings (not needed when the spec declares no signature). */
    secret?: string | Uint8Array;
    /** The event type, typically from the route the delivery came to (one URL per event). */
    eventType?: string;
    /**
     * Another spec's generated module (`import * as acme from './acme.validators.js'`): its validators
     * and declarations are used instead of our spec's.
     */
    spec?: GeneratedSpec;
    /** How deliveries are signed (default: as the spec declares it, `x-webhook-signature`). */
    scheme?: SignatureScheme;
    /**
     * Where the body names its event type (default: as the spec declares it, `x-webhook-event-type` or a
     * discriminator): a JSON pointer such as `/type`. Then `eventType` may be left out.
     */
    eventTypePointer?: string;
    /** Now, in Unix seconds, for schemes with a timestamp tolerance (default: the clock). */
    now?: number;
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
 * signature matches the raw body (as the spec's `x-webhook-signature` says; nothing when it declares
 * none), the body is UTF-8 JSON, the JSON matches the event's schema. The event is `eventType`, else
 * the one the body names where the spec says (`x-webhook-event-type`), else the only one whose schema
 * accepts the body; when several accept it (as `created` and `pending` do here: their bodies are
 * alike), UnknownEventError asks for `eventType`.
 *
 * What the sender controls (the header values, the body bytes) only ever gives SignatureError,
 * MalformedJsonError, PayloadError or UnknownEventError. Arguments of the wrong kind (a `rawBody` that
 * is not bytes or text, `headers` that are not a record or Fetch Headers, a `secret` that is not text or
 * bytes) are a bug in the caller: a TypeError naming the argument and what it must be.
 */
export declare function parseWebhook<E extends EventType>(input: ParseWebhookInput & {
    eventType: E;
}): ParsedWebhook<E>;
export declare function parseWebhook(input: ParseWebhookInput): ParsedWebhook;
