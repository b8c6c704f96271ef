import type { ValidateFunction } from 'ajv/dist/2020.js';
import { toProblems } from '../../core/validate/ajv.js';
import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';
import { IDEMPOTENCY_EXTENSION } from '../../runtime/internal/webhook-extensions.js';
import { readPayloads } from './payload-source.js';
import type { EventVariants, Variant } from './variants.js';

export interface InvalidPayload {
  position: string;
  event: string;
  problem: string;
}

/** `--payloads` as variants by event (in the order given), and the items their schema rejects. */
export function givenPayloads(
  path: string,
  event: string | undefined,
  declarations: ReadonlyMap<string, unknown>,
  validators: ReadonlyMap<string, ValidateFunction>,
): { events: EventVariants[]; invalid: InvalidPayload[] } {
  const items = readPayloads(path, event, new Set(declarations.keys()));
  const byEvent = new Map<string, EventVariants>();
  const invalid: InvalidPayload[] = [];
  for (const item of items) {
    const validate = validators.get(item.event);
    if (validate && !validate(item.body)) {
      const first = toProblems(validate.errors)[0];
      invalid.push({
        position: item.position,
        event: item.event,
        problem: first ? `${first.pointer || '/'} ${first.message}` : 'rejected',
      });
      continue;
    }
    const group = byEvent.get(item.event) ?? { eventType: item.event, variants: [], dropped: [] };
    byEvent.set(item.event, group);
    group.variants.push({
      eventType: item.event,
      name: `payload ${item.position}`,
      example: item.position,
      change: 'example',
      path: [],
      payload: item.body,
    });
  }
  return { events: [...byEvent.values()], invalid };
}

/** The documented payloads, with generated ones for the events that document no example. */
export function withGenerated(documented: EventVariants[], generated: readonly EventVariants[]): EventVariants[] {
  const byType = new Map(generated.map((g) => [g.eventType, g]));
  return documented.map((d) => (d.variants.length === 0 && d.dropped.length === 0 ? (byType.get(d.eventType) ?? d) : d));
}

/** Which events declare no idempotency key, and where the key is not a string in the payloads: one line each. */
export function idempotencyNotes(keys: ReadonlyMap<string, string | undefined>, fromFlag: boolean, variants: readonly Variant[]): string[] {
  const notes: string[] = [];
  const undeclared = [...keys].filter(([, key]) => key === undefined).map(([type]) => type);
  if (undeclared.length > 0) {
    const which =
      undeclared.length === keys.size
        ? 'the spec declares no idempotency key'
        : `no idempotency key is declared for ${undeclared.join(', ')}`;
    notes.push(
      `${which} (${IDEMPOTENCY_EXTENSION}): payloads are sent as documented, so a receiver that deduplicates may process only some of them`,
    );
  }
  const source = fromFlag ? '--idempotency-key' : `the spec (${IDEMPOTENCY_EXTENSION})`;
  for (const key of new Set(keys.values())) {
    if (!key) continue;
    const segments = parsePointer(key);
    const mine = variants.filter((v) => keys.get(v.eventType) === key);
    const missing = mine.filter((v) => typeof getAt(v.payload, segments) !== 'string').length;
    if (missing > 0)
      notes.push(
        `idempotency key ${key} from ${source} is not a string in ${missing} of ${mine.length} payload(s): those are sent unchanged`,
      );
  }
  return notes;
}
