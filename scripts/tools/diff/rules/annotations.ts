import { ANNOTATIONS, canonical } from '../../../core/schema/normalize.js';
import type { SchemaRule } from './rule.js';

/** Annotation edits: `description-changed`, `title-changed`, `examples-changed`, `default-changed`, `deprecated-changed`. */
export const annotationsRule: SchemaRule = ({ base, head, report }) => {
  for (const key of ANNOTATIONS) {
    const before = base.annotations[key];
    const after = head.annotations[key];
    if (before === after || (before !== undefined && after !== undefined && canonical(before) === canonical(after))) continue;
    if (key === 'deprecated' && Boolean(before) === Boolean(after)) continue;
    if (key === 'deprecated') report('deprecated-changed', after === true ? 'now deprecated' : 'no longer deprecated');
    else report(`${key}-changed`, `${key} ${before === undefined ? 'added' : after === undefined ? 'removed' : 'changed'}`);
  }
};
