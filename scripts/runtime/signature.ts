import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignatureError } from './errors.js';
import { type HeadersInput, headerText } from './headers.js';
import { SIGNATURE_PRESETS, type SignatureScheme } from './signature-scheme.js';

/** The scheme our spec declares (`x-webhook-signature: voucherify`), used when none is given. */
export const DEFAULT_SCHEME: SignatureScheme = SIGNATURE_PRESETS.voucherify;
/** The header Voucherify signs every delivery with. */
export const SIGNATURE_HEADER = DEFAULT_SCHEME.header;

export interface SignOptions {
  /** How to sign (default: the Voucherify scheme). */
  scheme?: SignatureScheme;
  /** The delivery id, for schemes that sign `id.timestamp.body`. */
  id?: string;
  /** Unix time in seconds, for schemes that sign a timestamp (default: now). */
  timestamp?: number;
}

/** The signature header's value for a body (a string is taken as UTF-8): `<hex>` for Voucherify, `v1,<base64>`, `t=…,v1=…` … */
export function signWebhook(body: string | Uint8Array, secret: string | Uint8Array, options: SignOptions = {}): string {
  const scheme = options.scheme ?? DEFAULT_SCHEME;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `${scheme.prefix}${hmac(scheme, body, secret, options.id ?? '', timestamp).toString(scheme.encoding)}`;
  return scheme.timestampParam ? `${scheme.timestampParam}=${timestamp},${signature}` : signature;
}

/** Every header a signed delivery carries: the signature, and the id and timestamp headers the scheme names. */
export function signatureHeaders(
  body: string | Uint8Array,
  secret: string | Uint8Array,
  options: SignOptions = {},
): Record<string, string> {
  const scheme = options.scheme ?? DEFAULT_SCHEME;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { [scheme.header]: signWebhook(body, secret, { ...options, timestamp }) };
  if (scheme.idHeader) headers[scheme.idHeader] = options.id ?? '';
  if (scheme.timestampHeader) headers[scheme.timestampHeader] = String(timestamp);
  return headers;
}

/**
 * Checks a received Voucherify signature (`header`, as received) against the raw body, in constant time.
 * The spec documents lowercase hex, so anything else (uppercase included) is refused as malformed
 * before any comparison. For other schemes, use `verifyWebhookSignature`.
 */
export function verifySignature(
  body: string | Uint8Array,
  header: string | readonly string[] | undefined,
  secret: string | Uint8Array,
): void {
  verifyWebhookSignature(body, header === undefined ? {} : { [SIGNATURE_HEADER]: header }, secret);
}

/**
 * Checks a delivery's signature headers against the raw body as `scheme` says, in constant time:
 * the signature header (one of several signatures may match, for key rotation), the id and timestamp
 * headers it signs, and the timestamp's distance from `now` (seconds) when the scheme sets a tolerance.
 * Throws SignatureError (reason `missing`, `malformed`, `mismatch` or `stale`) for anything received.
 */
export function verifyWebhookSignature(
  body: string | Uint8Array,
  headers: HeadersInput,
  secret: string | Uint8Array,
  scheme: SignatureScheme = DEFAULT_SCHEME,
  now: number = Date.now() / 1000,
): void {
  checkSecret(secret);
  const value = required(headers, scheme.header);
  const { timestamp, signatures } = splitSignatures(scheme, value);
  const id = scheme.idHeader ? required(headers, scheme.idHeader) : '';
  const time = scheme.timestampHeader ? required(headers, scheme.timestampHeader) : timestamp;
  if (scheme.signed.includes('timestamp') || scheme.tolerance !== undefined) checkTimestamp(scheme, time, now);
  const expected = hmac(scheme, body, secret, id, time ?? '');
  if (!signatures.some((s) => s.length === expected.length && timingSafeEqual(s, expected))) {
    throw new SignatureError('mismatch', `the ${scheme.header} header does not match the body (wrong secret, or the body was changed)`);
  }
}

function required(headers: HeadersInput, name: string): string {
  const value = headerText(headers, name);
  if (value === undefined || value === '') throw new SignatureError('missing', `the ${name} header is missing`);
  return value;
}

/** The timestamp parameter (Stripe) and the decoded signatures with the scheme's prefix. */
function splitSignatures(scheme: SignatureScheme, value: string): { timestamp: string | undefined; signatures: Buffer[] } {
  const parts = scheme.separator === undefined ? [value] : value.split(scheme.separator).map((p) => p.trim());
  const param = scheme.timestampParam ? `${scheme.timestampParam}=` : undefined;
  const timestamp = param ? parts.find((p) => p.startsWith(param))?.slice(param.length) : undefined;
  const size = createHmac(scheme.algorithm, 'k').digest().length;
  const signatures = parts
    .filter((p) => p.startsWith(scheme.prefix) && (!param || !p.startsWith(param)))
    .map((p) => decode(scheme, p.slice(scheme.prefix.length), size))
    .filter((s): s is Buffer => s !== undefined);
  if (signatures.length === 0) {
    const shape = scheme.encoding === 'hex' ? `${size * 2} lowercase hexadecimal characters` : `${size} bytes in base64`;
    const what = scheme.prefix ? `"${scheme.prefix}" followed by ${shape}` : shape;
    throw new SignatureError('malformed', `the ${scheme.header} header is not ${what}`);
  }
  return { timestamp, signatures };
}

function decode(scheme: SignatureScheme, text: string, size: number): Buffer | undefined {
  if (scheme.encoding === 'hex') return new RegExp(`^[0-9a-f]{${size * 2}}$`).test(text) ? Buffer.from(text, 'hex') : undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === size && bytes.toString('base64') === text ? bytes : undefined;
}

function checkTimestamp(scheme: SignatureScheme, time: string | undefined, now: number): void {
  const where = scheme.timestampHeader ?? `${scheme.header} ${scheme.timestampParam}=`;
  if (time === undefined) throw new SignatureError('missing', `the ${where} timestamp is missing`);
  if (!/^\d{1,12}$/.test(time)) throw new SignatureError('malformed', `the ${where} timestamp is not whole seconds since 1970`);
  if (scheme.tolerance !== undefined && Math.abs(now - Number(time)) > scheme.tolerance) {
    throw new SignatureError('stale', `the ${where} timestamp is more than ${scheme.tolerance} s from now (a replay, or a wrong clock)`);
  }
}

function hmac(scheme: SignatureScheme, body: string | Uint8Array, secret: string | Uint8Array, id: string, timestamp: string): Buffer {
  const mac = createHmac(scheme.algorithm, secretBytes(scheme, checkSecret(secret)));
  if (scheme.signed === 'id.timestamp.body') mac.update(`${id}.${timestamp}.`);
  else if (scheme.signed === 'timestamp.body') mac.update(`${timestamp}.`);
  return mac.update(body).digest();
}

function secretBytes(scheme: SignatureScheme, secret: string | Uint8Array): string | Uint8Array {
  if (scheme.secretFormat !== 'whsec-base64' || typeof secret !== 'string') return secret;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  if (key.length === 0) throw new TypeError('secret must be a "whsec_" secret: base64 after the prefix');
  return key;
}

function checkSecret(secret: unknown): string | Uint8Array {
  if (typeof secret !== 'string' && !(secret instanceof Uint8Array)) {
    throw new TypeError(`secret must be a string or bytes (the webhook's signing secret), not ${kindOf(secret)}`);
  }
  if (secret.length === 0) throw new TypeError('the webhook secret is empty: pass the secret from the project settings');
  return secret;
}

/** What a value is, for TypeError messages: `null`, `an array`, `a number` … */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
