import type { SchemaRule } from './rule.js';

/**
 * Unlisted keys: `additional-properties-allowed` (an object opened: a reader that rejected unknown keys may
 * now get them — the same verdict as a key added to a closed object) / `-disallowed`; map values are
 * compared below (segment `*`). `patternProperties`: a pattern added to a closed object opens it to the
 * keys it matches, to an open one it narrows them (`pattern-property-added`); removed, the reverse.
 */
export const containersRule: SchemaRule = ({ base, head, report, nested, compare }) => {
  const closedBefore = base.additional === 'closed';
  const closedAfter = head.additional === 'closed';
  if (closedBefore && !closedAfter) report('additional-properties-allowed', 'the object now allows properties it does not list');
  if (!closedBefore && closedAfter) report('additional-properties-disallowed', 'the object no longer allows properties it does not list');
  if (typeof base.additional === 'object' && typeof head.additional === 'object') nested(['*'], compare(base.additional, head.additional));
  for (const [pattern, h] of head.patternProperties) {
    const b = base.patternProperties.get(pattern);
    if (b) nested(['*'], compare(b, h));
    else if (closedBefore && closedAfter)
      report('additional-properties-allowed', `keys matching /${pattern}/ now allowed`, { headPointer: h.pointer, basePointer: undefined });
    else report('pattern-property-added', `keys matching /${pattern}/ now constrained`, { headPointer: h.pointer, basePointer: undefined });
  }
  for (const [pattern, b] of base.patternProperties) {
    if (head.patternProperties.has(pattern)) continue;
    if (closedBefore && closedAfter)
      report('additional-properties-disallowed', `keys matching /${pattern}/ no longer allowed`, { basePointer: b.pointer });
    else report('pattern-property-removed', `keys matching /${pattern}/ no longer constrained`, { basePointer: b.pointer });
  }
};

/**
 * Arrays: `items` compared below (segment `*`), `prefixItems` position by position (segment = index);
 * a position added is `constraint-added`, one removed `constraint-removed`; `items: false` dropped
 * (a closed tuple opened) is `additional-items-allowed`, added `additional-items-disallowed`.
 */
export const arraysRule: SchemaRule = ({ base, head, report, nested, compare }) => {
  if (base.items && head.items) nested(['*'], compare(base.items, head.items));
  const before = base.prefixItems ?? [];
  const after = head.prefixItems ?? [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[i];
    const h = after[i];
    if (b && h) nested([String(i)], compare(b, h));
    else if (h)
      report('constraint-added', `prefixItems position ${i} added`, {
        segments: [String(i)],
        headPointer: h.pointer,
        basePointer: undefined,
      });
    else if (b) report('constraint-removed', `prefixItems position ${i} removed`, { segments: [String(i)], basePointer: b.pointer });
  }
  if (base.itemsClosed && !head.itemsClosed) report('additional-items-allowed', 'the array now allows items past its prefixItems');
  if (!base.itemsClosed && head.itemsClosed) report('additional-items-disallowed', 'the array no longer allows items past its prefixItems');
};
