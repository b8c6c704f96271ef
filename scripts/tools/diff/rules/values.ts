import type { Norm } from '../../../core/schema/normalize.js';
import type { SchemaRule } from './rule.js';
import { show } from './rule.js';

/**
 * The allowed values, whether written `const` or `enum` (`const: a` and `enum: [a]` are the same set):
 * `const-added` / `enum-added` when values become restricted, `const-removed` / `enum-removed` when the
 * restriction goes, `const-changed` for two disjoint value sets (two different constants), else `enum-value-added` / `-removed` per value.
 * An enum turned into `x-extensible-enum` (consumers told to expect unknown values) is `enum-made-extensible`.
 */
export const valuesRule: SchemaRule = ({ base, head, report }) => {
  const before = valuesOf(base);
  const after = valuesOf(head);
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    if (head.const !== undefined) return report('const-added', `value fixed to ${show(head.const)}`);
    return report('enum-added', `values restricted to ${list(after)}`);
  }
  if (after === undefined) {
    if (head.extensibleEnum) return report('enum-made-extensible', `enum ${list(before)} became x-extensible-enum: any value may come`);
    if (base.const !== undefined) return report('const-removed', `const ${show(base.const)} removed`);
    return report('enum-removed', `enum ${list(before)} removed: any value of the type is allowed`);
  }
  const added = after.filter((v) => !before.includes(v));
  const removed = before.filter((v) => !after.includes(v));
  if (added.length === after.length && removed.length === before.length) {
    return report('const-changed', `values ${list(before)} → ${list(after)}: no value is allowed on both sides`);
  }
  for (const value of added) report('enum-value-added', `enum value ${show(value)} added`);
  for (const value of removed) report('enum-value-removed', `enum value ${show(value)} removed`);
};

/** `x-extensible-enum` values: documentation of values consumers must already tolerate others than. */
export const extensibleEnumRule: SchemaRule = ({ base, head, report }) => {
  if (!base.extensibleEnum || !head.extensibleEnum) return;
  for (const value of head.extensibleEnum) {
    if (!base.extensibleEnum.includes(value)) report('extensible-enum-value-added', `x-extensible-enum value ${show(value)} added`);
  }
  for (const value of base.extensibleEnum) {
    if (!head.extensibleEnum.includes(value)) report('extensible-enum-value-removed', `x-extensible-enum value ${show(value)} removed`);
  }
};

export function valuesOf(norm: Norm): string[] | undefined {
  return norm.const !== undefined ? [norm.const] : norm.enum;
}

function list(values: string[] | undefined): string {
  const shown = (values ?? []).slice(0, 5).map(show).join(', ');
  return `[${shown}${(values?.length ?? 0) > 5 ? ', ...' : ''}]`;
}
