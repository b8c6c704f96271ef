import type { SchemaRule } from './rule.js';
import { show } from './rule.js';

/** `const-changed`, `const-added`, `const-removed`. */
export const constRule: SchemaRule = ({ base, head, report }) => {
  if (base.const === head.const) return;
  if (base.const === undefined) report('const-added', `value fixed to ${show(head.const)}`);
  else if (head.const === undefined) report('const-removed', `const ${show(base.const)} removed`);
  else report('const-changed', `const ${show(base.const)} → ${show(head.const)}`);
};
