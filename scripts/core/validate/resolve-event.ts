import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';
import { EVENT_TYPE_EXTENSION } from '../../runtime/internal/webhook-extensions.js';
import { knownNamesHint } from '../../runtime/nearest-names.js';
import type { LoadedSpec } from '../spec/load.js';
import { readDeclarations } from '../spec/webhook-declarations.js';
import type { PayloadItem } from './read-payloads.js';

/** The event a payload is checked against, or why none could be told. */
export type Resolved =
  | { event: string; problem?: undefined }
  | { event?: undefined; problem: { id: 'event-unknown' | 'event-unresolved'; message: string } };

/**
 * Tells each payload's event type: the item's own `event`, else `fallback` (`--event`), else what the spec
 * declares (`x-webhook-event-type`: a body pointer, a header with an optional body field completing it as
 * `header.field`, or a discriminator on the body schema), read for every event once. A payload whose type
 * is not an event of the spec gets the nearest names, not the whole list.
 */
export function eventResolver(spec: LoadedSpec, fallback?: string): (item: PayloadItem) => Resolved {
  const known = spec.events.filter((e) => e.body).map((e) => e.type);
  const knownSet = new Set(known);
  const pointers = new Set<string>();
  const headers = new Map<string, { header: string; pointer?: string }>();
  for (const event of spec.events) {
    const declared = readDeclarations(spec, event);
    if (declared.eventTypePointer) pointers.add(declared.eventTypePointer);
    if (declared.eventTypeHeader) headers.set(JSON.stringify(declared.eventTypeHeader), declared.eventTypeHeader);
  }
  const unknown = (name: string, from: string): Resolved => ({
    problem: {
      id: 'event-unknown',
      message: `${from} "${name.slice(0, 200)}", not an event of the spec (${knownNamesHint(name, known)})`,
    },
  });
  return (item) => {
    const given = item.event ?? fallback;
    if (given !== undefined)
      return knownSet.has(given)
        ? { event: given }
        : unknown(given, item.event !== undefined ? 'the item names event type' : '--event names');
    const named = new Set<string>();
    const where: string[] = [];
    for (const pointer of pointers) {
      where.push(`the body at ${pointer}`);
      const value = getAt(item.body, parsePointer(pointer));
      if (typeof value === 'string') named.add(value);
    }
    for (const { header, pointer } of headers.values()) {
      where.push(`the ${header} header${pointer ? ` (with the body at ${pointer})` : ''}`);
      const value = item.headers?.[header.toLowerCase()];
      if (value === undefined) continue;
      named.add(value);
      const field = pointer === undefined ? undefined : getAt(item.body, parsePointer(pointer));
      if (typeof field === 'string') named.add(`${value}.${field}`);
    }
    if (where.length === 0) {
      return {
        problem: {
          id: 'event-unresolved',
          message: `the spec does not say where a payload names its event (${EVENT_TYPE_EXTENSION}): give --event TYPE, or {"event", "body"} items`,
        },
      };
    }
    const matches = [...named].filter((n) => knownSet.has(n));
    if (matches.length === 1) return { event: matches[0] as string };
    if (matches.length > 1)
      return { problem: { id: 'event-unresolved', message: `the payload names several event types: ${matches.join(', ')}` } };
    const [first] = named;
    if (first !== undefined) return unknown(first, 'the payload names event type');
    return { problem: { id: 'event-unresolved', message: `no event type where the spec says it is: ${where.join(', or ')}` } };
  };
}
