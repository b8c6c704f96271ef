import type { SchemaRule } from './rule.js';

/** `format-changed`, `format-added`, `format-removed`. */
export const formatRule: SchemaRule = ({ base, head, report }) => {
  if (base.format === head.format) return;
  if (base.format === undefined) report('format-added', `format ${head.format} added`);
  else if (head.format === undefined) report('format-removed', `format ${base.format} removed`);
  else report('format-changed', `format ${base.format} → ${head.format}`);
};
