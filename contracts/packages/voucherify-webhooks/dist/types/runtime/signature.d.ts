import { type HeadersInput } from './headers.js';
import { type SecretInput } from './secrets.js';
import type { SignatureScheme } from './signature-scheme.js';
export { kindOf } from './secrets.js';
export { DEFAULT_SCHEME, SIGNATURE_HEADER, signatureSchemeOf } from './spec-schemes.js';
export interface SignOptions {
    /** How to sign (default: as the spec declares it for `eventType`, else the spec's one scheme). */
    scheme?: SignatureScheme;
    /** The event being signed, where the spec signs events differently. */
    eventType?: string;
    /** The delivery id, for schemes that sign `id.timestamp.body`. */
    id?: string;
    /** Unix time in seconds, for schemes that sign a timestamp (default: now). */
    timestamp?: number;
}
/**
 * The signature header's value for a body (a string is taken as UTF-8), as the spec declares: `<hex>`,
 * `sha256=<hex>`, `v1,<base64>`, `t=…,v1=…`. Several secrets give several signatures where the scheme
 * has a separator (a sender during a rotation); otherwise the first secret signs.
 */
export declare function signWebhook(body: string | Uint8Array, secret: SecretInput, options?: SignOptions): string;
/** Every header a signed delivery carries: the signature, and the id and timestamp headers the scheme names. */
export declare function signatureHeaders(body: string | Uint8Array, secret: SecretInput, options?: SignOptions): Record<string, string>;
/**
 * Checks a received signature header's value (`header`, as received) against the raw body, in constant
 * time, with the spec's scheme (or `eventType`'s, where the spec signs events differently). For schemes
 * that also sign an id or timestamp header, use `verifyWebhookSignature` with every header.
 */
export declare function verifySignature(body: string | Uint8Array, header: string | readonly string[] | undefined, secret: SecretInput, eventType?: string): void;
/**
 * Checks a delivery's signature headers against the raw body as `scheme` says (default: the spec's), in
 * constant time: the signature header (one of several signatures may match, for key rotation; and any of
 * several secrets), the id and timestamp headers it signs (`svix-*` too, for Standard Webhooks), and the
 * timestamp's distance from `now` (seconds) when the scheme sets a tolerance. Throws SignatureError
 * (reason `missing`, `malformed`, `mismatch` or `stale`) for anything received.
 */
export declare function verifyWebhookSignature(body: string | Uint8Array, headers: HeadersInput, secret: SecretInput, scheme?: SignatureScheme, now?: number): void;
