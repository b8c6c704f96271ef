import { terminalLine } from '../../core/text/terminal.js';
import type { Delivery } from './send-variants.js';

/** Identical failures, counted once: the same status (or none) and the same answer. */
export interface FailureGroup {
  count: number;
  status: number | null;
  body: string;
  /** What the status most likely means, when it has a usual meaning for a webhook receiver. */
  hint: string | undefined;
  /** The first delivery that failed this way. */
  first: { eventType: string; variant: string };
}

const HINTS: Record<number, string> = {
  401: 'the credentials were refused: check --secret, --basic-auth, --bearer or --api-key',
  403: 'the credentials were refused: check --secret, --basic-auth, --bearer or --api-key',
  404: 'nothing answers at this path: check --url',
  405: 'the receiver does not take POST here: check --url',
  413: 'the receiver refused the body as too large',
};

/** Groups failed deliveries by status and answer, largest group first (ties in delivery order). */
export function groupFailures(failed: readonly Delivery[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const d of failed) {
    const key = `${d.status}\u0000${d.body}`;
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        count: 1,
        status: d.status,
        body: d.body,
        hint: d.status === null ? undefined : HINTS[d.status],
        first: { eventType: d.eventType, variant: d.variant },
      });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/**
 * `894 × 401: the credentials were refused: check --secret … — {"error":…} (first: event: variant)`: one terminal line
 * (core/text). The receiver writes the answer: its escape codes (a window title, a cleared screen) print as `\x1b`.
 */
export function formatFailureGroup(g: FailureGroup): string {
  const status = g.status ?? 'no answer';
  const what = [g.hint, g.body.replace(/\s+/g, ' ').trim().slice(0, 300)].filter(Boolean).join(' — ');
  return terminalLine(`${g.count} × ${status}: ${what} (first: ${g.first.eventType}: ${g.first.variant})`);
}
