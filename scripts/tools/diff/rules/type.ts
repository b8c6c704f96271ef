import type { SchemaRule } from './rule.js';

/** `type-widened` (head admits a type base did not), `type-narrowed`, or `type-changed` (both). Null is nullable.ts's. */
export const typeRule: SchemaRule = ({ base, head, report }) => {
  if (base.types === undefined && head.types === undefined) return;
  const widened = head.types === undefined || [...head.types].some((t) => !admits(base.types, t));
  const narrowed = base.types === undefined || [...base.types].some((t) => !admits(head.types, t));
  const message = `type ${show(base.types)} → ${show(head.types)}`;
  if (widened && narrowed) report('type-changed', `${message}: the two accept different values`);
  else if (widened) report('type-widened', `${message}: widened`);
  else if (narrowed) report('type-narrowed', `${message}: narrowed`);
};

function admits(types: Set<string> | undefined, type: string): boolean {
  return types === undefined || types.has(type) || (type === 'integer' && types.has('number'));
}

function show(types: Set<string> | undefined): string {
  if (types === undefined) return 'any';
  return types.size === 0 ? 'nothing' : [...types].sort().join('|');
}
