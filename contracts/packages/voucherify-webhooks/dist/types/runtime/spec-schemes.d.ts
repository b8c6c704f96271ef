import type { DeclaredSignatureScheme, EventType } from '../generated/webhooks.js';
import type { SignatureScheme } from './signature-scheme.js';
/**
 * The scheme the spec declares (`x-webhook-signature`) when every signed event shares one; undefined when
 * the spec signs nothing, or signs events differently (then pass the event, or see `signatureSchemeOf`).
 * Its type is the declared scheme itself, so the `.d.ts` names the spec's header and preset.
 */
export declare const DEFAULT_SCHEME: DeclaredSignatureScheme;
/** The header the spec's deliveries are signed in (from DEFAULT_SCHEME). */
export declare const SIGNATURE_HEADER: "X-Voucherify-Signature";
/** The scheme the spec declares for one event: null when that event is declared unsigned (or the spec signs nothing). */
export declare function signatureSchemeOf(eventType: EventType): SignatureScheme | null;
/** The scheme to use: the one given, else the event's, else the spec's one scheme; a TypeError when there is none. */
export declare function schemeFor(given: SignatureScheme | undefined, eventType: string | undefined, use: string): SignatureScheme;
