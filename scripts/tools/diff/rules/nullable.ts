import type { SchemaRule } from './rule.js';

/** `null-allowed` / `null-disallowed`, whichever way the schema says it (type list, null branch, enum). */
export const nullableRule: SchemaRule = ({ base, head, report }) => {
  if (!base.nullable && head.nullable) report('null-allowed', 'now allows null');
  if (base.nullable && !head.nullable) report('null-disallowed', 'no longer allows null');
};
