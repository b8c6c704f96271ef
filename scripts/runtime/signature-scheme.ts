/**
 * How a provider signs its deliveries with an HMAC, as data. A spec declares it with the extension
 * `x-webhook-signature` (at the document root, under `components`, or on one webhook operation):
 * either a preset by name, or every field, or a preset with some fields overridden. OpenAPI's own
 * `securitySchemes` cannot express an HMAC over the body; see docs/guides/authentication.md.
 */
export interface SignatureScheme {
  /** The preset the declaration started from, when it named one. */
  preset?: PresetName;
  /** The header carrying the signature(s). */
  header: string;
  algorithm: 'sha256' | 'sha512';
  encoding: 'hex' | 'base64';
  /** Text before each signature in the header: `sha256=` (GitHub), `v1,` (Standard Webhooks), `v1=` (Stripe). */
  prefix: string;
  /** Between several signatures in one header (key rotation): ' ' (Standard Webhooks), ',' (Stripe); absent: exactly one. */
  separator?: string;
  /** What the HMAC is computed over, joined with '.'. */
  signed: SignedContent;
  /** The header carrying the delivery id (for `id.timestamp.body`). */
  idHeader?: string;
  /** The header carrying the Unix timestamp in seconds. */
  timestampHeader?: string;
  /** The signature header's own parameter carrying the timestamp (Stripe: `t=`), instead of a header. */
  timestampParam?: string;
  /** Seconds a timestamp may be off from now before the delivery is refused (replays). */
  tolerance?: number;
  /** `text`: the secret's bytes as given; `whsec-base64`: a `whsec_` prefix dropped and the rest base64-decoded. */
  secretFormat: 'text' | 'whsec-base64';
}

export type SignedContent = 'body' | 'timestamp.body' | 'id.timestamp.body';
export type PresetName = 'voucherify' | 'standard-webhooks' | 'github' | 'stripe';

/** The common schemes, as pre-filled declarations. */
export const SIGNATURE_PRESETS: Readonly<Record<PresetName, SignatureScheme>> = Object.freeze({
  voucherify: {
    preset: 'voucherify',
    header: 'X-Voucherify-Signature',
    algorithm: 'sha256',
    encoding: 'hex',
    prefix: '',
    signed: 'body',
    secretFormat: 'text',
  },
  'standard-webhooks': {
    preset: 'standard-webhooks',
    header: 'webhook-signature',
    algorithm: 'sha256',
    encoding: 'base64',
    prefix: 'v1,',
    separator: ' ',
    signed: 'id.timestamp.body',
    idHeader: 'webhook-id',
    timestampHeader: 'webhook-timestamp',
    tolerance: 300,
    secretFormat: 'whsec-base64',
  },
  github: {
    preset: 'github',
    header: 'X-Hub-Signature-256',
    algorithm: 'sha256',
    encoding: 'hex',
    prefix: 'sha256=',
    signed: 'body',
    secretFormat: 'text',
  },
  stripe: {
    preset: 'stripe',
    header: 'Stripe-Signature',
    algorithm: 'sha256',
    encoding: 'hex',
    prefix: 'v1=',
    separator: ',',
    signed: 'timestamp.body',
    timestampParam: 't',
    tolerance: 300,
    secretFormat: 'text',
  },
});

/** A declaration that cannot be used: `pointer` is relative to the declaration. */
export interface DeclarationProblem {
  pointer: string;
  message: string;
}

const FIELDS: Record<string, (value: unknown) => string | undefined> = {
  preset: (v) => oneOf(v, Object.keys(SIGNATURE_PRESETS)),
  header: headerName,
  algorithm: (v) => oneOf(v, ['sha256', 'sha512']),
  encoding: (v) => oneOf(v, ['hex', 'base64']),
  prefix: (v) => (typeof v === 'string' ? undefined : 'must be a string (may be empty)'),
  separator: (v) => (typeof v === 'string' && v.length === 1 ? undefined : 'must be one character, e.g. " " or ","'),
  signed: (v) => oneOf(v, ['body', 'timestamp.body', 'id.timestamp.body']),
  idHeader: headerName,
  timestampHeader: headerName,
  timestampParam: (v) => (typeof v === 'string' && /^[A-Za-z0-9_-]+$/.test(v) ? undefined : 'must be a parameter name such as "t"'),
  tolerance: (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'must be a positive whole number of seconds'),
  secretFormat: (v) => oneOf(v, ['text', 'whsec-base64']),
};

/**
 * The scheme a declaration describes, or the first thing wrong with it. A string is a preset's name;
 * an object may name a `preset` and override any of its fields, or give every field itself.
 */
export function resolveSignatureScheme(declaration: unknown): { scheme: SignatureScheme } | { problem: DeclarationProblem } {
  const fail = (pointer: string, message: string) => ({ problem: { pointer, message } });
  const object = typeof declaration === 'string' ? { preset: declaration } : declaration;
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    return fail('', `must be a preset name (${Object.keys(SIGNATURE_PRESETS).join(', ')}) or an object`);
  }
  const fields = object as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    const check = FIELDS[key];
    if (!check) return fail(`/${key}`, `unknown field "${key}" (known: ${Object.keys(FIELDS).join(', ')})`);
    const message = check(value);
    if (message) return fail(typeof declaration === 'string' ? '' : `/${key}`, message);
  }
  const base = fields.preset === undefined ? {} : SIGNATURE_PRESETS[fields.preset as PresetName];
  const merged = { secretFormat: 'text', prefix: '', signed: 'body', ...base, ...fields } as Partial<SignatureScheme>;
  for (const key of ['header', 'algorithm', 'encoding'] as const) {
    if (merged[key] === undefined) return fail('', `needs "${key}" (or a "preset")`);
  }
  if (merged.signed?.includes('timestamp') && !merged.timestampHeader && !merged.timestampParam) {
    return fail('/signed', `"${merged.signed}" needs "timestampHeader" or "timestampParam"`);
  }
  if (merged.signed?.startsWith('id.') && !merged.idHeader) return fail('/signed', `"${merged.signed}" needs "idHeader"`);
  return { scheme: merged as SignatureScheme };
}

function oneOf(value: unknown, allowed: readonly string[]): string | undefined {
  return typeof value === 'string' && allowed.includes(value) ? undefined : `must be one of ${allowed.join(', ')}`;
}

function headerName(value: unknown): string | undefined {
  return typeof value === 'string' && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(value) ? undefined : 'must be an HTTP header name';
}
