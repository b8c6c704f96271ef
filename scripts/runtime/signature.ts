import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignatureError } from './errors.js';

/** The header Voucherify signs every delivery with. */
export const SIGNATURE_HEADER = 'X-Voucherify-Signature';

const LOWERCASE_HEX_SHA256 = /^[0-9a-f]{64}$/;

/** The signature of a body: lowercase hex HMAC-SHA256 of its bytes (a string is taken as UTF-8). */
export function signWebhook(body: string | Uint8Array, secret: string | Uint8Array): string {
  return hmac(body, secret).toString('hex');
}

/**
 * Checks a received signature against the raw body, in constant time. The spec documents lowercase
 * hex, so anything else (uppercase included) is refused as malformed before any comparison.
 */
export function verifySignature(
  body: string | Uint8Array,
  header: string | readonly string[] | undefined,
  secret: string | Uint8Array,
): void {
  const signature = typeof header === 'string' || header === undefined ? header : header.length === 1 ? header[0] : header;
  if (signature === undefined || signature === '' || (typeof signature !== 'string' && signature.length === 0)) {
    throw new SignatureError('missing', `the ${SIGNATURE_HEADER} header is missing`);
  }
  if (typeof signature !== 'string') {
    throw new SignatureError('malformed', `the ${SIGNATURE_HEADER} header was sent ${signature.length} times; expected once`);
  }
  if (!LOWERCASE_HEX_SHA256.test(signature)) {
    throw new SignatureError('malformed', `the ${SIGNATURE_HEADER} header is not 64 lowercase hexadecimal characters`);
  }
  const expected = hmac(body, secret);
  const received = Buffer.from(signature, 'hex');
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    throw new SignatureError('mismatch', `the ${SIGNATURE_HEADER} header does not match the body (wrong secret, or the body was changed)`);
  }
}

function hmac(body: string | Uint8Array, secret: string | Uint8Array): Buffer {
  if (secret.length === 0) throw new TypeError('the webhook secret is empty: pass the secret from the project settings');
  return createHmac('sha256', secret).update(body).digest();
}
