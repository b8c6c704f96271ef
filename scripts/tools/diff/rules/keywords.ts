import { CONTENT_KEYWORDS } from '../../../core/schema/normalize.js';
import type { SchemaRule } from './rule.js';

const CONTENT = new Set<string>(CONTENT_KEYWORDS);

/**
 * Assertions judged as a whole (normalize.ts CONSTRAINT_KEYWORDS): one added narrows (`constraint-added`),
 * one removed widens (`constraint-removed`), one changed is not decided (`constraint-changed`, a warning).
 * `contentMediaType`/`contentEncoding`/`contentSchema` are not validated but change how a string is
 * decoded: any change is `content-changed`, a warning.
 */
export const keywordsRule: SchemaRule = ({ base, head, report }) => {
  for (const key of new Set([...base.keywords.keys(), ...head.keywords.keys()])) {
    const before = base.keywords.get(key);
    const after = head.keywords.get(key);
    if (before === after) continue;
    const verb = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    if (CONTENT.has(key)) {
      report('content-changed', `${key} ${verb}${before && after ? `: ${before} → ${after}` : ''}`);
      continue;
    }
    const name = key === 'if' ? 'if/then/else' : key;
    if (verb === 'changed') report('constraint-changed', `${name} changed: whether it admits more or fewer values is not decided`);
    else report(`constraint-${verb}`, `${name} ${verb}`);
  }
};

/**
 * Conventions outside JSON Schema 2020-12: `nullable` (OpenAPI 3.0) or `x-nullable` added or removed in a
 * 3.1 document is `vendor-nullable-changed` (3.1 validators ignore it; its author meant null; run with
 * `--compat nullable` to judge it as `null-allowed`); `readOnly`/`writeOnly` is `access-mode-changed`
 * (generated types may drop the field from the payload type); `discriminator` added, removed or changed.
 */
export const conventionsRule: SchemaRule = ({ base, head, report }) => {
  if (base.vendorNullable !== head.vendorNullable) {
    const spelled = head.vendorNullable ?? base.vendorNullable;
    report(
      'vendor-nullable-changed',
      `${spelled}: true ${head.vendorNullable ? 'added' : 'removed'}: 3.1 validators ignore it, but ${head.vendorNullable ? 'it says null may now come' : 'it said null could come'} (--compat nullable judges it as null)`,
    );
  }
  if (base.access !== head.access) report('access-mode-changed', `${base.access ?? 'read-write'} → ${head.access ?? 'read-write'}`);
  if (base.discriminator !== head.discriminator) {
    if (base.discriminator === undefined) report('discriminator-added', `discriminator "${head.discriminator}" added`);
    else if (head.discriminator === undefined) report('discriminator-removed', `discriminator "${base.discriminator}" removed`);
    else report('discriminator-changed', `discriminator "${base.discriminator}" → "${head.discriminator}"`);
  }
};
