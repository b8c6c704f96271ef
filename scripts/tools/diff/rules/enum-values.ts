import type { SchemaRule } from './rule.js';
import { show } from './rule.js';

/** `enum-value-added` / `enum-value-removed`, one per value; `enum-added` / `enum-removed` for the whole constraint. */
export const enumValuesRule: SchemaRule = ({ base, head, report }) => {
  if (base.enum === undefined && head.enum === undefined) return;
  if (base.enum === undefined) return report('enum-added', `values restricted to ${list(head.enum)}`);
  if (head.enum === undefined) return report('enum-removed', `enum ${list(base.enum)} removed: any value of the type is allowed`);
  const before = new Set(base.enum);
  const after = new Set(head.enum);
  for (const value of head.enum) if (!before.has(value)) report('enum-value-added', `enum value ${show(value)} added`);
  for (const value of base.enum) if (!after.has(value)) report('enum-value-removed', `enum value ${show(value)} removed`);
};

function list(values: string[] | undefined): string {
  const shown = (values ?? []).slice(0, 5).map(show).join(', ');
  return `[${shown}${(values?.length ?? 0) > 5 ? ', ...' : ''}]`;
}
