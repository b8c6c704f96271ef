import type { LoadedSpec } from '../../core/spec/load.js';
import type { EventVariants } from './variants.js';

/** An event `verify` or `verify-receiver` could send nothing for, and why. */
export interface EmptyEvent {
  eventType: string;
  reason: string;
}

/**
 * The events (of those selected) with no valid payload to send: no JSON body, no example and no valid
 * payload generated from the schema (a schema that admits no value), or every example invalid (named
 * with its first problem). A check that sent nothing for them checked nothing.
 */
export function eventsWithNothingToSend(spec: LoadedSpec, events: readonly EventVariants[], only?: string): EmptyEvent[] {
  const empty: EmptyEvent[] = [];
  for (const event of spec.events) {
    if (only !== undefined && event.type !== only) continue;
    const variants = events.find((e) => e.eventType === event.type);
    if (variants && variants.variants.length > 0) continue;
    if (!event.body) {
      empty.push({ eventType: event.type, reason: 'it documents no JSON request body' });
    } else if (event.body.examples.length === 0) {
      const problem = variants?.dropped[0]?.problems[0];
      const detail = problem ? `, and no payload generated from its schema is valid: ${problem.pointer || '/'} ${problem.message}` : '';
      empty.push({ eventType: event.type, reason: `it documents no example of its body${detail}` });
    } else {
      const first = variants?.dropped[0];
      const problem = first?.problems[0];
      const detail = first && problem ? `: ${first.name}: ${problem.pointer || '/'} ${problem.message}` : '';
      empty.push({ eventType: event.type, reason: `every example is invalid (${event.body.examples.length})${detail}` });
    }
  }
  return empty;
}
