import { type HeadersInput } from './headers.js';
import { type SignatureScheme } from './signature-scheme.js';
/** The scheme our spec declares (`x-webhook-signature: voucherify`), used when none is given. */
export declare const DEFAULT_SCHEME: SignatureScheme;
/** The header Voucherify signs every delivery with. */
export declare const SIGNATURE_HEADER: string;
export interface SignOptions {
    /** How to sign (default: the Voucherify scheme). */
    scheme?: SignatureScheme;
    /** The delivery id, for schemes that sign `id.timestamp.body`. */
    id?: string;
    /** Unix time in seconds, for schemes that sign a timestamp (default: now). */
    timestamp?: number;
}
/** The signature header's value for a body (a string is taken as UTF-8): `<hex>` for Voucherify, `v1,<base64>`, `t=…,v1=…` … */
export declare function signWebhook(body: string | Uint8Array, secret: string | Uint8Array, options?: SignOptions): string;
/** Every header a signed delivery carries: the signature, and the id and timestamp headers the scheme names. */
export declare function signatureHeaders(body: string | Uint8Array, secret: string | Uint8Array, options?: SignOptions): Record<string, string>;
/**
 * Checks a received Voucherify signature (`header`, as received) against the raw body, in constant time.
 * The spec documents lowercase hex, so anything else (uppercase included) is refused as malformed
 * before any comparison. For other schemes, use `verifyWebhookSignature`.
 */
export declare function verifySignature(body: string | Uint8Array, header: string | readonly string[] | undefined, secret: string | Uint8Array): void;
/**
 * Checks a delivery's signature headers against the raw body as `scheme` says, in constant time:
 * the signature header (one of several signatures may match, for key rotation), the id and timestamp
 * headers it signs, and the timestamp's distance from `now` (seconds) when the scheme sets a tolerance.
 * Throws SignatureError (reason `missing`, `malformed`, `mismatch` or `stale`) for anything received.
 */
export declare function verifyWebhookSignature(body: string | Uint8Array, headers: HeadersInput, secret: string | Uint8Array, scheme?: SignatureScheme, now?: number): void;
/** What a value is, for TypeError messages: `null`, `an array`, `a number` … */
export declare function kindOf(value: unknown): string;
