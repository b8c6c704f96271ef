import type { LoadedSpec } from '../../core/spec/load.js';
import { SchemaComparer } from './compare-schemas.js';
import { declarationsRule } from './rules/declarations.js';
import { deliveryRule } from './rules/delivery.js';
import { eventDetailsRule } from './rules/event-details.js';
import type { EventChange, EventRule } from './rules/event-rule.js';
import { eventSetChanges } from './rules/event-set.js';
import { headersRule } from './rules/headers.js';
import { mediaTypeRule } from './rules/media-type.js';
import { responsesRule } from './rules/responses.js';

const EVENT_RULES: EventRule[] = [eventDetailsRule, headersRule, mediaTypeRule, deliveryRule, declarationsRule, responsesRule];

/** Every change between the event models of two loaded specs, one per usage (event), before levels and dedupe. */
export function diffEvents(baseSpec: LoadedSpec, headSpec: LoadedSpec, today: string): EventChange[] {
  const comparer = new SchemaComparer(baseSpec, headSpec);
  const base = new Map(baseSpec.events.map((e) => [e.type, e]));
  const head = new Map(headSpec.events.map((e) => [e.type, e]));
  const changes = eventSetChanges(base, head, comparer, today);
  for (const [key, h] of head) {
    const b = base.get(key);
    if (!b) continue;
    const push = (c: Omit<EventChange, 'event'>) => changes.push({ ...c, event: key });
    for (const rule of EVENT_RULES) {
      rule({
        base: b,
        head: h,
        comparer,
        report: (id, message, at) => push({ id, message, segments: at.segments, headPointer: at.headPointer, basePointer: at.basePointer }),
        nested: (found, asPayload) => {
          for (const c of found) push(asPayload ? c : { ...c, segments: undefined });
        },
      });
    }
    if (b.content?.schema && h.content?.schema) {
      for (const c of comparer.compare(b.content.schema, h.content.schema, 'payload')) push(c);
    }
  }
  return changes;
}
