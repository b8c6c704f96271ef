import type { FindingLocation } from '../../core/findings.js';
import { toPointer } from '../../runtime/internal/json-pointer.js';
import type { PactIndex } from '../pacts/pact-index.js';
import { type LevelPolicy, levelOf } from './levels.js';
import type { EventChange } from './rules/event-rule.js';
import { type Change, type DiffReport, LEVELS, rank } from './types.js';

/** Maps a bundled-document pointer of the head spec to where it was written (file, line, col, and the pointer). */
export type Locate = (pointer: string) => FindingLocation;

/**
 * Turns per-usage changes into the report: levels from the policy, consumers from the pacts, and one
 * change per changed component (same rule, node and message) listing every event it affects.
 */
export function buildReport(
  found: EventChange[],
  eventOrder: string[],
  policy: LevelPolicy,
  locate: Locate,
  pacts?: PactIndex,
): DiffReport {
  const merged = new Map<string, Change & { order: number }>();
  for (const c of found) {
    const level = levelOf(c.id, policy);
    // A change is known by the base node it changes (its head node for an addition): a shared header
    // removed from every event is one change, though each event's nearest surviving parent differs.
    const key = [c.id, level, c.basePointer ?? `head:${c.headPointer}`, c.message].join('\u0000');
    const consumers = c.event && pacts ? pacts.readersOf(c.event, c.segments) : [];
    const pointer = c.segments ? toPointer(c.segments) : c.headPointer;
    const existing = merged.get(key);
    if (existing) {
      if (c.event && !existing.events.includes(c.event)) existing.events.push(c.event);
      if (c.event && !existing.usages.some((u) => u.event === c.event && u.pointer === pointer))
        existing.usages.push({ event: c.event, pointer });
      existing.consumers = [...new Set([...existing.consumers, ...consumers])].sort();
      continue;
    }
    merged.set(key, {
      id: c.id,
      level,
      event: c.event,
      events: c.event ? [c.event] : [],
      pointer,
      usages: c.event ? [{ event: c.event, pointer }] : [],
      message: c.message,
      consumers,
      location: locate(c.headPointer),
      order: merged.size,
    });
  }
  const position = (event: string | null) => (event === null ? -1 : eventOrder.indexOf(event));
  const changes = [...merged.values()]
    .map((c) => ({
      ...c,
      events: c.events.sort((a, b) => position(a) - position(b)),
      usages: c.usages.sort((a, b) => position(a.event) - position(b.event)),
    }))
    .sort((a, b) => rank(a.level) - rank(b.level) || position(a.events[0] ?? null) - position(b.events[0] ?? null) || a.order - b.order)
    .map(({ order: _order, ...c }) => ({ ...c, event: c.events[0] ?? null, pointer: c.usages[0]?.pointer ?? c.pointer }));
  const summary = Object.fromEntries(
    LEVELS.map((level) => [level, changes.filter((c) => c.level === level).length]),
  ) as DiffReport['summary'];
  return { changes, summary, consumersChecked: pacts !== undefined };
}
