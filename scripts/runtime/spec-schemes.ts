import type { DeclaredSignatureScheme, EventType } from '../generated/webhooks.js';
import { declarations, defaultScheme } from '../generated/webhooks.validators.js';
import { SIGNATURE_EXTENSION } from './internal/webhook-extensions.js';
import type { SignatureScheme } from './signature-scheme.js';

/**
 * The scheme the spec declares (`x-webhook-signature`) when every signed event shares one; undefined when
 * the spec signs nothing, or signs events differently (then pass the event, or see `signatureSchemeOf`).
 * Its type is the declared scheme itself, so the `.d.ts` names the spec's header and preset.
 */
export const DEFAULT_SCHEME = (defaultScheme ?? undefined) as DeclaredSignatureScheme;
/** The header the spec's deliveries are signed in (from DEFAULT_SCHEME). */
export const SIGNATURE_HEADER = DEFAULT_SCHEME?.header;

/** The scheme the spec declares for one event: null when that event is declared unsigned (or the spec signs nothing). */
export function signatureSchemeOf(eventType: EventType): SignatureScheme | null {
  const declared = declarations.get(eventType);
  if (!declared) throw new TypeError(`${JSON.stringify(eventType)} is not an event type of this spec`);
  return declared.signature;
}

/** The scheme to use: the one given, else the event's, else the spec's one scheme; a TypeError when there is none. */
export function schemeFor(given: SignatureScheme | undefined, eventType: string | undefined, use: string): SignatureScheme {
  if (given) return given;
  if (eventType !== undefined) {
    const scheme = signatureSchemeOf(eventType as EventType);
    if (!scheme) throw new TypeError(`${use}: the spec declares ${eventType} unsigned; pass options.scheme to sign it anyway`);
    return scheme;
  }
  if (DEFAULT_SCHEME) return DEFAULT_SCHEME as SignatureScheme;
  throw new TypeError(
    `${use}: ${declarations.size > 0 && [...declarations.values()].some((d) => d.signature) ? 'the spec signs its events with different schemes: pass the event type' : `the spec declares no signature scheme (${SIGNATURE_EXTENSION}): pass a scheme`}`,
  );
}
