import type { EventRule } from './event-rule.js';

/** `event-deprecated` (with its `x-sunset` date), and `event-summary-changed` for the summary or description. */
export const eventDetailsRule: EventRule = ({ base, head, report }) => {
  const at = { headPointer: head.pointer, basePointer: base.pointer };
  if (!base.deprecated && head.deprecated) {
    report('event-deprecated', `event deprecated${head.sunset ? `; sunset ${head.sunset}` : ' (no x-sunset date)'}`, at);
  }
  for (const key of ['summary', 'description'] as const) {
    if (base[key] !== head[key]) report('event-summary-changed', `event ${key} changed`, at);
  }
};
