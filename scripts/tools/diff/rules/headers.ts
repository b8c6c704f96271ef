import type { EventRule } from './event-rule.js';

const isSignature = (name: string) => /signature/i.test(name);

/**
 * Request headers the provider sends: `signature-header-removed` / `-added` for a header whose name says
 * signature, `header-removed` / `header-added` for others, `header-became-optional` / `-required`; header
 * schemas are compared with payload polarity.
 */
export const headersRule: EventRule = ({ base, head, report, nested, comparer }) => {
  for (const [key, b] of base.headers) {
    const h = head.headers.get(key);
    if (!h) {
      const id = isSignature(b.name) ? 'signature-header-removed' : 'header-removed';
      report(id, `header ${b.name} removed`, { headPointer: `${head.pointer}/parameters`, basePointer: b.pointer });
      continue;
    }
    if (b.required && !h.required)
      report('header-became-optional', `header ${b.name} is no longer required`, { headPointer: h.pointer, basePointer: b.pointer });
    if (!b.required && h.required)
      report('header-became-required', `header ${b.name} is now required`, { headPointer: h.pointer, basePointer: b.pointer });
    if (b.schema && h.schema) nested(comparer.compare(b.schema, h.schema, 'payload'), false);
  }
  for (const [key, h] of head.headers) {
    if (base.headers.has(key)) continue;
    report(isSignature(h.name) ? 'signature-header-added' : 'header-added', `header ${h.name} added`, { headPointer: h.pointer });
  }
};
