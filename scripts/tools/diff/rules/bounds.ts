import { BOUND_KEYWORDS, type BoundKeyword } from '../../../core/schema/normalize.js';
import type { SchemaRule } from './rule.js';

const UPPER = new Set<BoundKeyword>(['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties']);

/** `bound-loosened` / `bound-tightened` for every length, range, item-count and property-count keyword. */
export const boundsRule: SchemaRule = ({ base, head, report }) => {
  for (const keyword of BOUND_KEYWORDS) {
    const before = base.bounds[keyword];
    const after = head.bounds[keyword];
    if (before === after) continue;
    const upper = UPPER.has(keyword);
    const loosened = after === undefined || (before !== undefined && (upper ? after > before : after < before));
    const message =
      after === undefined
        ? `${keyword} ${before} removed`
        : before === undefined
          ? `${keyword} ${after} added`
          : `${keyword} ${before} → ${after}`;
    report(loosened ? 'bound-loosened' : 'bound-tightened', message);
  }
};
