import { InputError } from '../../core/errors.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { implicitlyUnsigned, readDeclarations, SIGNATURE_EXTENSION } from '../../core/spec/webhook-declarations.js';
import type { SignatureScheme } from '../../runtime/signature-scheme.js';

/** What the generated module carries about one event's deliveries (the runtime's DeliveryDeclarations). */
export interface DeliveryData {
  signature: SignatureScheme | null;
  eventTypePointer: string | null;
  eventTypeHeader: string | null;
  idempotencyKey: string | null;
}

/**
 * The delivery declarations of every event with a body, as data for the generated module, and the spec's
 * default scheme: the one scheme every signed event shares (null when none is signed, or schemes differ).
 * In a spec where some events are signed, an event without a scheme must say `x-webhook-signature: none`:
 * otherwise it is an InputError (an unsigned event by omission is how a forged delivery gets in).
 */
export function deliveryData(
  spec: LoadedSpec,
  types: ReadonlySet<string>,
): { events: Map<string, DeliveryData>; defaultScheme: SignatureScheme | null } {
  const read = spec.events.filter((e) => types.has(e.type)).map((e) => [e, readDeclarations(spec, e)] as const);
  const implicit = implicitlyUnsigned(read.map(([e, d]) => [e.type, d]));
  if (implicit.length > 0) {
    const [first] = implicit;
    const event = spec.events.find((e) => e.type === first) as (typeof spec.events)[number];
    const { file, line, col } = spec.locate(event.pointer.slice(1));
    throw new InputError(`${first} declares no ${SIGNATURE_EXTENSION} while other events are signed`, {
      where: `${file}:${line}:${col} (${event.pointer.slice(1)})`,
      hint: `declare its scheme, or "${SIGNATURE_EXTENSION}: none" if it is really sent unsigned`,
    });
  }
  const events = new Map<string, DeliveryData>();
  for (const [event, d] of read) {
    events.set(event.type, {
      signature: d.auth.find((a) => a.kind === 'hmac')?.scheme ?? null,
      // The runtime's shape: with a header, the pointer is the body field completing it (`/action`).
      eventTypePointer: d.eventTypePointer ?? d.eventTypeHeader?.pointer ?? null,
      eventTypeHeader: d.eventTypeHeader?.header ?? null,
      idempotencyKey: d.idempotencyKey ?? null,
    });
  }
  const schemes = new Set([...events.values()].filter((d) => d.signature).map((d) => JSON.stringify(d.signature)));
  const defaultScheme = schemes.size === 1 ? (JSON.parse([...schemes][0] as string) as SignatureScheme) : null;
  return { events, defaultScheme };
}
