import type { WebhookEvent } from '../../../core/spec/events.js';
import type { SchemaComparer } from '../comparer.js';
import type { EventChange } from './event-rule.js';

/**
 * Webhooks that appear or disappear: `event-added`, `event-renamed` (a removed key whose payload is
 * equivalent to an added key's), `event-removed`, and for a deprecated event with an `x-sunset` date,
 * `event-removed-before-sunset` or `event-removed-after-sunset` against `today` (YYYY-MM-DD).
 */
export function eventSetChanges(
  base: Map<string, WebhookEvent>,
  head: Map<string, WebhookEvent>,
  comparer: SchemaComparer,
  today: string,
): EventChange[] {
  const changes: EventChange[] = [];
  const added = [...head.values()].filter((e) => !base.has(e.type));
  for (const b of base.values()) {
    if (head.has(b.type)) continue;
    const at = { segments: undefined, headPointer: '#/webhooks', basePointer: b.pointer, event: b.type };
    const twin = added.find((h) => b.content?.schema && h.content?.schema && comparer.equivalent(b.content.schema, h.content.schema));
    if (twin) {
      added.splice(added.indexOf(twin), 1);
      changes.push({ ...at, id: 'event-renamed', message: `event renamed to "${twin.type}" (same payload)`, headPointer: twin.pointer });
    } else if (b.deprecated && b.sunset) {
      const early = today < b.sunset;
      const id = early ? 'event-removed-before-sunset' : 'event-removed-after-sunset';
      changes.push({ ...at, id, message: `deprecated event removed ${early ? 'before' : 'after'} its sunset date ${b.sunset}` });
    } else {
      changes.push({ ...at, id: 'event-removed', message: `event removed${b.deprecated ? ' (deprecated, no x-sunset date)' : ''}` });
    }
  }
  for (const h of added) {
    changes.push({
      id: 'event-added',
      message: 'event added',
      segments: undefined,
      headPointer: h.pointer,
      basePointer: undefined,
      event: h.type,
    });
  }
  return changes;
}
