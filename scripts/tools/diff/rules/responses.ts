import type { EventRule } from './event-rule.js';

/**
 * The webhook's responses are the consumer's answer, read by the provider: polarity flips.
 * `response-status-removed` (an answer the provider no longer accepts), `response-status-added`, and
 * response bodies compared with response polarity (`response-<id>`).
 */
export const responsesRule: EventRule = ({ base, head, report, nested, comparer }) => {
  for (const [status, b] of base.responses) {
    const h = head.responses.get(status);
    if (!h) {
      report('response-status-removed', `response ${status} removed: the provider no longer documents accepting it`, {
        headPointer: `${head.pointer}/responses`,
        basePointer: b.pointer,
      });
    } else if (b.schema && h.schema) {
      nested(comparer.compare(b.schema, h.schema, 'response'), false);
    }
  }
  for (const [status, h] of head.responses) {
    if (!base.responses.has(status)) report('response-status-added', `response ${status} added`, { headPointer: h.pointer });
  }
};
