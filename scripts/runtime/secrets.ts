import type { SignatureScheme } from './signature-scheme.js';

/** A webhook signing secret: text or bytes, or several during a rotation (any one of them may match). */
export type SecretInput = string | Uint8Array | readonly (string | Uint8Array)[];

/** Canonical base64 (padding where due), as a `whsec_` secret carries its key. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A secret that cannot be used with the scheme: not text or bytes, empty, or (for `whsec-base64`
 * schemes, Standard Webhooks) not base64 after the `whsec_` prefix. A TypeError: the caller passed it.
 */
export class SecretFormatError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'SecretFormatError';
  }
}

/** The secrets as a list, each checked; a list must not be empty. */
export function secretList(secret: unknown): (string | Uint8Array)[] {
  const list = Array.isArray(secret) ? secret : [secret];
  if (list.length === 0) throw new SecretFormatError('secret is an empty list: pass at least one signing secret');
  return list.map((one, index) => checkOne(one, list.length > 1 ? ` (secret ${index + 1} of ${list.length})` : ''));
}

function checkOne(secret: unknown, which: string): string | Uint8Array {
  if (typeof secret !== 'string' && !(secret instanceof Uint8Array)) {
    throw new SecretFormatError(
      `secret must be a string or bytes (the webhook's signing secret), or a list of them, not ${kindOf(secret)}${which}`,
    );
  }
  if (secret.length === 0) throw new SecretFormatError(`the webhook secret is empty${which}: pass the secret from the project settings`);
  return secret;
}

/**
 * The HMAC key of a secret for a scheme. `whsec-base64`: the `whsec_` prefix (optional) dropped and the
 * rest decoded as strict base64, refusing what the official standardwebhooks library refuses
 * (`dev-secret`, `whsec_abc`, `whsec_!!!!`, an empty key). Bytes are the key as they are.
 */
export function secretKey(scheme: SignatureScheme, secret: string | Uint8Array): string | Uint8Array {
  if (scheme.secretFormat !== 'whsec-base64' || typeof secret !== 'string') return secret;
  const text = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  if (text.length === 0 || !BASE64.test(text)) {
    const shown = secret.length > 12 ? `${secret.slice(0, 8)}…` : secret;
    throw new SecretFormatError(
      `the secret ${JSON.stringify(shown)} is not a Standard Webhooks secret: expected "whsec_" followed by base64 (as the provider's dashboard shows it)`,
    );
  }
  return Buffer.from(text, 'base64');
}

/** What a value is, for TypeError messages: `null`, `an array`, `a number` … */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
