import type { SchemaRule } from './rule.js';

/** `pattern-changed` (containment of two regexes is not decided: a warning), `pattern-added`, `pattern-removed`. */
export const patternRule: SchemaRule = ({ base, head, report }) => {
  if (base.pattern === head.pattern) return;
  if (base.pattern === undefined) report('pattern-added', `pattern /${head.pattern}/ added`);
  else if (head.pattern === undefined) report('pattern-removed', `pattern /${base.pattern}/ removed`);
  else report('pattern-changed', `pattern /${base.pattern}/ → /${head.pattern}/`);
};
