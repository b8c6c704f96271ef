import { annotationsRule } from './annotations.js';
import { boundsRule } from './bounds.js';
import { arraysRule, containersRule } from './containers.js';
import { formatRule } from './format.js';
import { conventionsRule, keywordsRule } from './keywords.js';
import { nullableRule } from './nullable.js';
import { patternRule } from './pattern.js';
import { propertiesRule } from './properties.js';
import type { SchemaRule } from './rule.js';
import { typeRule } from './type.js';
import { extensibleEnumRule, valuesRule } from './values.js';
import { variantsRule } from './variants.js';

/** Rules for a pair of schemas of the same shape (both unions, or neither). */
export const SCHEMA_RULES: SchemaRule[] = [
  typeRule,
  nullableRule,
  valuesRule,
  extensibleEnumRule,
  boundsRule,
  patternRule,
  formatRule,
  propertiesRule,
  containersRule,
  arraysRule,
  keywordsRule,
  conventionsRule,
  variantsRule,
  annotationsRule,
];

/** Rules when only one side is a union: its branches are paired with the other side as a whole. */
export const UNION_RULES: SchemaRule[] = [nullableRule, variantsRule, annotationsRule];

/** Rules when the two sides share no type (object → string): the type change implies every other difference. */
export const DISJOINT_RULES: SchemaRule[] = [typeRule, nullableRule, annotationsRule];
