/** The header Voucherify signs every delivery with. */
export declare const SIGNATURE_HEADER = "X-Voucherify-Signature";
/** The signature of a body: lowercase hex HMAC-SHA256 of its bytes (a string is taken as UTF-8). */
export declare function signWebhook(body: string | Uint8Array, secret: string | Uint8Array): string;
/**
 * Checks a received signature against the raw body, in constant time. The spec documents lowercase
 * hex, so anything else (uppercase included) is refused as malformed before any comparison.
 */
export declare function verifySignature(body: string | Uint8Array, header: string | readonly string[] | undefined, secret: string | Uint8Array): void;
