import type { SchemaRule } from './rule.js';

/** `additional-properties-allowed` / `-disallowed`; array items and map values are compared below (segment `*`). */
export const containersRule: SchemaRule = ({ base, head, report, nested, compare }) => {
  const closedBefore = base.additional === 'closed';
  const closedAfter = head.additional === 'closed';
  if (closedBefore && !closedAfter) report('additional-properties-allowed', 'the object now allows properties it does not list');
  if (!closedBefore && closedAfter) report('additional-properties-disallowed', 'the object no longer allows properties it does not list');
  if (typeof base.additional === 'object' && typeof head.additional === 'object') nested(['*'], compare(base.additional, head.additional));
  if (base.items && head.items) nested(['*'], compare(base.items, head.items));
};
