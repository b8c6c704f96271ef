import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import type { HeadersInput } from './headers.js';
import { type SecretInput } from './secrets.js';
import type { SignatureScheme } from './signature-scheme.js';
/** What the spec declares about one event's deliveries, as `types` generates it (`X.validators.js`: `declarations`). */
export interface DeliveryDeclarations {
    signature: SignatureScheme | null;
    eventTypePointer: string | null;
    /** The header naming the event type (`x-webhook-event-type: { header }`); absent in modules generated before it existed. */
    eventTypeHeader?: string | null;
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
    /**
     * The webhook's signing secret from the project settings; several during a rotation (any one may match).
     * Required when the event is signed; a TypeError when the spec declares no scheme (nothing would check it).
     */
    secret?: SecretInput;
    /** The event type, typically from the route the delivery came to (one URL per event). */
    eventType?: string;
    /**
     * Another spec's generated module (`import * as acme from './acme.validators.js'`): its validators
     * and declarations are used instead of our spec's.
     */
    spec?: GeneratedSpec;
    /** How deliveries are signed, for every event (default: as the spec declares it per event, `x-webhook-signature`). */
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
 * Verifies, parses and validates one webhook delivery. The event comes first: `eventType`, else the one
 * the delivery names where the spec says (`x-webhook-event-type`: a header, a body pointer, or both),
 * else the only one whose schema accepts the body. Then that event's signature is checked as the spec
 * declares it (where every event shares one scheme, before the body is parsed), then the body is parsed
 * (UTF-8 JSON, at most 512 levels deep) and validated against the event's schema. Where the spec signs
 * events differently, the event must be named (route, header or body pointer): a body is never matched
 * to an event by its shape alone, so an unsigned event cannot stand in for a signed one.
 *
 * What the sender controls (the header values, the body bytes) only ever gives SignatureError,
 * MalformedJsonError, PayloadError or UnknownEventError. Arguments of the wrong kind, a `secret` for a
 * spec that declares no signature, or none where the event is signed, are a bug in the caller: a TypeError.
 */
export declare function parseWebhook<E extends EventType>(input: ParseWebhookInput & {
    eventType: E;
}): ParsedWebhook<E>;
export declare function parseWebhook(input: ParseWebhookInput): ParsedWebhook;
