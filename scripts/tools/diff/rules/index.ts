import { annotationsRule } from './annotations.js';
import { boundsRule } from './bounds.js';
import { constRule } from './const-value.js';
import { containersRule } from './containers.js';
import { enumValuesRule } from './enum-values.js';
import { formatRule } from './format.js';
import { nullableRule } from './nullable.js';
import { patternRule } from './pattern.js';
import { propertiesRule } from './properties.js';
import type { SchemaRule } from './rule.js';
import { typeRule } from './type.js';
import { variantsRule } from './variants.js';

/** Rules for a pair of schemas of the same shape (both unions, or neither). */
export const SCHEMA_RULES: SchemaRule[] = [
  typeRule,
  nullableRule,
  enumValuesRule,
  constRule,
  boundsRule,
  patternRule,
  formatRule,
  propertiesRule,
  containersRule,
  variantsRule,
  annotationsRule,
];

/** Rules when only one side is a union: its branches are paired with the other side as a whole. */
export const UNION_RULES: SchemaRule[] = [nullableRule, variantsRule, annotationsRule];
