import type { SignatureScheme } from './signature-scheme.js';
/** A webhook signing secret: text or bytes, or several during a rotation (any one of them may match). */
export type SecretInput = string | Uint8Array | readonly (string | Uint8Array)[];
/**
 * A secret that cannot be used with the scheme: not text or bytes, empty, or (for `whsec-base64`
 * schemes, Standard Webhooks) not base64 after the `whsec_` prefix. A TypeError: the caller passed it.
 */
export declare class SecretFormatError extends TypeError {
    constructor(message: string);
}
/** The secrets as a list, each checked; a list must not be empty. */
export declare function secretList(secret: unknown): (string | Uint8Array)[];
/**
 * The HMAC key of a secret for a scheme. `whsec-base64`: the `whsec_` prefix (optional) dropped and the
 * rest decoded as strict base64, refusing what the official standardwebhooks library refuses
 * (`dev-secret`, `whsec_abc`, `whsec_!!!!`, an empty key). Bytes are the key as they are.
 */
export declare function secretKey(scheme: SignatureScheme, secret: string | Uint8Array): string | Uint8Array;
/** What a value is, for TypeError messages: `null`, `an array`, `a number` … */
export declare function kindOf(value: unknown): string;
