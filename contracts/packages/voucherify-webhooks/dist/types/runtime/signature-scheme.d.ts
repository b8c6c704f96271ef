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
export declare const SIGNATURE_PRESETS: Readonly<Record<PresetName, SignatureScheme>>;
/** A declaration that cannot be used: `pointer` is relative to the declaration. */
export interface DeclarationProblem {
    pointer: string;
    message: string;
}
/**
 * The scheme a declaration describes, or the first thing wrong with it. A string is a preset's name;
 * an object may name a `preset` and override any of its fields, or give every field itself.
 */
export declare function resolveSignatureScheme(declaration: unknown): {
    scheme: SignatureScheme;
} | {
    problem: DeclarationProblem;
};
