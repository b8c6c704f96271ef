import type { EventHeader, WebhookEvent } from '../../../core/spec/events.js';
import type { EventRule } from './event-rule.js';

const isSignature = (name: string) => /signature/i.test(name);

/**
 * Request headers the provider sends: `signature-header-removed` / `-added` for a header whose name says
 * signature, `header-removed` / `header-added` for others, `header-became-optional` / `-required`; header
 * schemas are compared with payload polarity.
 */
export const headersRule: EventRule = ({ base: baseEvent, head: headEvent, report, nested, comparer }) => {
  const [base, head] = [byName(baseEvent), byName(headEvent)];
  for (const [key, b] of base) {
    const h = head.get(key);
    if (!h) {
      const id = isSignature(b.name) ? 'signature-header-removed' : 'header-removed';
      report(id, `header ${b.name} removed`, { headPointer: `${headEvent.pointer}/parameters`, basePointer: b.pointer });
      continue;
    }
    if (b.required && !h.required)
      report('header-became-optional', `header ${b.name} is no longer required`, { headPointer: h.pointer, basePointer: b.pointer });
    if (!b.required && h.required)
      report('header-became-required', `header ${b.name} is now required`, { headPointer: h.pointer, basePointer: b.pointer });
    if (b.schemaRef && h.schemaRef) nested(comparer.compare(b.schemaRef, h.schemaRef, 'payload'), false);
  }
  for (const [key, h] of head) {
    if (base.has(key)) continue;
    report(isSignature(h.name) ? 'signature-header-added' : 'header-added', `header ${h.name} added`, { headPointer: h.pointer });
  }
};

/** Headers by lower-cased name: an operation's parameter overrides its path item's of the same name. */
function byName(event: WebhookEvent): Map<string, EventHeader> {
  return new Map(event.headers.map((h) => [h.name.toLowerCase(), h]));
}
