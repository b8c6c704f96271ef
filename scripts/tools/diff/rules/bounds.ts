import type { BoundKeyword, Norm } from '../../../core/schema/normalize.js';
import type { SchemaRule } from './rule.js';

const UPPER = new Set<BoundKeyword>(['maxLength', 'maxItems', 'maxProperties', 'maxContains']);
const COUNTS: BoundKeyword[] = [
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'maxContains',
  'minContains',
];

/**
 * `bound-loosened` / `bound-tightened`, one per changed bound, containment decided:
 * - lengths and counts: a larger maximum or a smaller minimum loosens;
 * - a range side is judged as a whole, `maximum` and `exclusiveMaximum` together (`maximum 10` → `exclusiveMaximum 10` tightens);
 * - `multipleOf`: a multiple of the old factor tightens, anything else admits new numbers and loosens;
 * - `uniqueItems` added tightens, removed loosens.
 */
export const boundsRule: SchemaRule = ({ base, head, report }) => {
  for (const keyword of COUNTS) {
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
  for (const side of ['upper', 'lower'] as const) {
    const before = rangeEnd(base, side);
    const after = rangeEnd(head, side);
    if (same(before, after)) continue;
    const loosened = after === undefined || (before !== undefined && looser(before, after, side));
    report(loosened ? 'bound-loosened' : 'bound-tightened', `${show(before, side)} → ${show(after, side)}`);
  }
  const [m1, m2] = [base.bounds.multipleOf, head.bounds.multipleOf];
  if (m1 !== m2) {
    const tightened = m2 !== undefined && (m1 === undefined || Number.isInteger(m2 / m1));
    report(tightened ? 'bound-tightened' : 'bound-loosened', `multipleOf ${m1 ?? '(none)'} → ${m2 ?? '(none)'}`);
  }
  if (base.uniqueItems !== head.uniqueItems) {
    report(head.uniqueItems ? 'bound-tightened' : 'bound-loosened', `uniqueItems ${head.uniqueItems ? 'added' : 'removed'}`);
  }
};

interface End {
  value: number;
  exclusive: boolean;
}

/** The tighter of `maximum` / `exclusiveMaximum` (or of the minimums). */
function rangeEnd(norm: Norm, side: 'upper' | 'lower'): End | undefined {
  const inclusive = norm.bounds[side === 'upper' ? 'maximum' : 'minimum'];
  const exclusive = norm.bounds[side === 'upper' ? 'exclusiveMaximum' : 'exclusiveMinimum'];
  const ends: End[] = [];
  if (inclusive !== undefined) ends.push({ value: inclusive, exclusive: false });
  if (exclusive !== undefined) ends.push({ value: exclusive, exclusive: true });
  return ends.reduce<End | undefined>(
    (tightest, end) => (tightest === undefined || looser(end, tightest, side) ? end : tightest),
    undefined,
  );
}

/** Whether `b` admits values `a` does not. */
function looser(a: End, b: End, side: 'upper' | 'lower'): boolean {
  if (a.value !== b.value) return side === 'upper' ? b.value > a.value : b.value < a.value;
  return a.exclusive && !b.exclusive;
}

const same = (a: End | undefined, b: End | undefined) => a?.value === b?.value && a?.exclusive === b?.exclusive;

function show(end: End | undefined, side: 'upper' | 'lower'): string {
  if (end === undefined) return `no ${side === 'upper' ? 'maximum' : 'minimum'}`;
  const name = side === 'upper' ? 'aximum' : 'inimum';
  return `${end.exclusive ? `exclusiveM${name}` : `m${name}`} ${end.value}`;
}
