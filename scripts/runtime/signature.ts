import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignatureError } from './errors.js';
import { type HeadersInput, headerText } from './headers.js';
import { type SecretInput, secretKey, secretList } from './secrets.js';
import type { SignatureScheme } from './signature-scheme.js';
import { schemeFor } from './spec-schemes.js';

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
export function signWebhook(body: string | Uint8Array, secret: SecretInput, options: SignOptions = {}): string {
  const scheme = schemeFor(options.scheme, options.eventType, 'signWebhook');
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const keys = secretList(secret).map((one) => secretKey(scheme, one));
  const signatures = (scheme.separator === undefined ? keys.slice(0, 1) : keys).map(
    (one) => `${scheme.prefix}${hmac(scheme, body, one, options.id ?? '', timestamp).toString(scheme.encoding)}`,
  );
  const signature = signatures.join(scheme.separator ?? '');
  return scheme.timestampParam ? `${scheme.timestampParam}=${timestamp},${signature}` : signature;
}

/** Every header a signed delivery carries: the signature, and the id and timestamp headers the scheme names. */
export function signatureHeaders(body: string | Uint8Array, secret: SecretInput, options: SignOptions = {}): Record<string, string> {
  const scheme = schemeFor(options.scheme, options.eventType, 'signatureHeaders');
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { [scheme.header]: signWebhook(body, secret, { ...options, scheme, timestamp }) };
  if (scheme.idHeader) headers[scheme.idHeader] = options.id ?? '';
  if (scheme.timestampHeader) headers[scheme.timestampHeader] = String(timestamp);
  return headers;
}

/**
 * Checks a received signature header's value (`header`, as received) against the raw body, in constant
 * time, with the spec's scheme (or `eventType`'s, where the spec signs events differently). For schemes
 * that also sign an id or timestamp header, use `verifyWebhookSignature` with every header.
 */
export function verifySignature(
  body: string | Uint8Array,
  header: string | readonly string[] | undefined,
  secret: SecretInput,
  eventType?: string,
): void {
  const scheme = schemeFor(undefined, eventType, 'verifySignature');
  verifyWebhookSignature(body, header === undefined ? {} : { [scheme.header]: header }, secret, scheme);
}

/**
 * Checks a delivery's signature headers against the raw body as `scheme` says (default: the spec's), in
 * constant time: the signature header (one of several signatures may match, for key rotation; and any of
 * several secrets), the id and timestamp headers it signs (`svix-*` too, for Standard Webhooks), and the
 * timestamp's distance from `now` (seconds) when the scheme sets a tolerance. Throws SignatureError
 * (reason `missing`, `malformed`, `mismatch` or `stale`) for anything received.
 */
export function verifyWebhookSignature(
  body: string | Uint8Array,
  headers: HeadersInput,
  secret: SecretInput,
  scheme?: SignatureScheme,
  now: number = Date.now() / 1000,
): void {
  const use = schemeFor(scheme, undefined, 'verifyWebhookSignature');
  const keys = secretList(secret).map((one) => secretKey(use, one)); // a bad secret is the caller's bug, whatever was received
  const value = required(headers, use, use.header);
  const { timestamp, signatures } = splitSignatures(use, value);
  const id = use.idHeader ? required(headers, use, use.idHeader) : '';
  const time = use.timestampHeader ? required(headers, use, use.timestampHeader) : timestamp;
  if (use.signed.includes('timestamp') || use.tolerance !== undefined) checkTimestamp(use, time, now);
  const matches = keys.some((one) => {
    const expected = hmac(use, body, one, id, time ?? '');
    return signatures.some((s) => s.length === expected.length && timingSafeEqual(s, expected));
  });
  if (!matches)
    throw new SignatureError('mismatch', `the ${use.header} header does not match the body (wrong secret, or the body was changed)`);
}

/** A header the scheme needs; Standard Webhooks' `webhook-*` headers are also read as Svix sends them, `svix-*`. */
function required(headers: HeadersInput, scheme: SignatureScheme, name: string): string {
  let value = headerText(headers, name);
  if ((value === undefined || value === '') && scheme.preset === 'standard-webhooks' && /^webhook-/i.test(name)) {
    value = headerText(headers, name.replace(/^webhook-/i, 'svix-'));
  }
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

function hmac(scheme: SignatureScheme, body: string | Uint8Array, key: string | Uint8Array, id: string, timestamp: string): Buffer {
  const mac = createHmac(scheme.algorithm, key);
  if (scheme.signed === 'id.timestamp.body') mac.update(`${id}.${timestamp}.`);
  else if (scheme.signed === 'timestamp.body') mac.update(`${timestamp}.`);
  return mac.update(body).digest();
}
