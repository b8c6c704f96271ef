import type { Level } from './level.js';

interface Row {
  /** Level when the provider produces the data (payloads, headers, event-level changes). */
  payload: Level;
  /** Level when the consumer produces it (the webhook's responses); absent for rules that never apply there. */
  response?: Level;
  /** Level under `--strict` (consumers that validate strictly: closed enums and objects). */
  strict?: Level;
}

/**
 * Every rule id and its default level: the one place where severity is decided.
 * Schema rules apply to responses too, under the id `response-<id>`, with polarity flipped:
 * a consumer produces its answer and the provider reads it, so narrowing what the provider accepts breaks.
 */
const TABLE = {
  // schema: types and null
  'type-changed': { payload: 'breaking', response: 'breaking' },
  'type-widened': { payload: 'breaking', response: 'info' },
  'type-narrowed': { payload: 'info', response: 'breaking' },
  'null-allowed': { payload: 'breaking', response: 'info' },
  'null-disallowed': { payload: 'info', response: 'breaking' },
  // schema: values
  'enum-value-added': { payload: 'warning', response: 'info', strict: 'breaking' },
  'enum-value-removed': { payload: 'info', response: 'breaking' },
  'enum-added': { payload: 'info', response: 'breaking' },
  'enum-removed': { payload: 'breaking', response: 'info' },
  'const-changed': { payload: 'breaking', response: 'breaking' },
  'const-added': { payload: 'info', response: 'breaking' },
  'const-removed': { payload: 'breaking', response: 'info' },
  'bound-loosened': { payload: 'breaking', response: 'info' },
  'bound-tightened': { payload: 'info', response: 'breaking' },
  'pattern-changed': { payload: 'warning', response: 'warning', strict: 'breaking' },
  'pattern-added': { payload: 'info', response: 'breaking' },
  'pattern-removed': { payload: 'breaking', response: 'info' },
  'format-changed': { payload: 'warning', response: 'warning', strict: 'breaking' },
  'format-widened': { payload: 'breaking', response: 'info' },
  'format-narrowed': { payload: 'info', response: 'breaking' },
  'format-disjoint': { payload: 'breaking', response: 'breaking' },
  'enum-made-extensible': { payload: 'warning', response: 'info', strict: 'breaking' },
  'extensible-enum-value-added': { payload: 'info', response: 'info' },
  'extensible-enum-value-removed': { payload: 'info', response: 'info' },
  // schema: assertions kept whole, content encoding, conventions
  'constraint-added': { payload: 'info', response: 'breaking' },
  'constraint-removed': { payload: 'breaking', response: 'info' },
  'constraint-changed': { payload: 'warning', response: 'warning', strict: 'breaking' },
  'content-changed': { payload: 'warning', response: 'warning', strict: 'breaking' },
  'vendor-nullable-changed': { payload: 'warning', response: 'warning', strict: 'breaking' },
  'access-mode-changed': { payload: 'warning', response: 'warning' },
  'discriminator-added': { payload: 'info', response: 'info' },
  'discriminator-removed': { payload: 'warning', response: 'warning' },
  'discriminator-changed': { payload: 'breaking', response: 'breaking' },
  'format-added': { payload: 'info', response: 'breaking' },
  'format-removed': { payload: 'breaking', response: 'info' },
  // schema: objects
  'required-property-removed': { payload: 'breaking', response: 'info' },
  'optional-property-removed': { payload: 'warning', response: 'warning', strict: 'breaking' },
  'property-became-optional': { payload: 'breaking', response: 'info' },
  'property-became-required': { payload: 'info', response: 'breaking' },
  'required-property-added': { payload: 'info', response: 'breaking' },
  'optional-property-added': { payload: 'info', response: 'info' },
  'property-added-to-closed-object': { payload: 'warning', response: 'info', strict: 'breaking' },
  'additional-properties-allowed': { payload: 'warning', response: 'info', strict: 'breaking' },
  'additional-properties-disallowed': { payload: 'info', response: 'breaking' },
  'pattern-property-added': { payload: 'info', response: 'breaking' },
  'pattern-property-removed': { payload: 'breaking', response: 'info' },
  // schema: arrays
  'additional-items-allowed': { payload: 'warning', response: 'info', strict: 'breaking' },
  'additional-items-disallowed': { payload: 'info', response: 'breaking' },
  // schema: unions
  'variant-added': { payload: 'breaking', response: 'info' },
  'discriminated-variant-added': { payload: 'warning', response: 'info', strict: 'breaking' },
  'variant-removed': { payload: 'info', response: 'breaking' },
  // schema: annotations (no change on the wire)
  'description-changed': { payload: 'info', response: 'info' },
  'title-changed': { payload: 'info', response: 'info' },
  'examples-changed': { payload: 'info', response: 'info' },
  'default-changed': { payload: 'info', response: 'info' },
  'deprecated-changed': { payload: 'info', response: 'info' },
  // webhooks
  'event-added': { payload: 'info' },
  'event-removed': { payload: 'breaking' },
  'event-removed-before-sunset': { payload: 'breaking' },
  'event-removed-after-sunset': { payload: 'warning' },
  'event-renamed': { payload: 'breaking' },
  'event-deprecated': { payload: 'info' },
  'event-summary-changed': { payload: 'info' },
  'signature-header-removed': { payload: 'breaking' },
  'signature-header-added': { payload: 'info' },
  'header-removed': { payload: 'breaking' },
  'header-added': { payload: 'info' },
  'header-became-optional': { payload: 'breaking' },
  'header-became-required': { payload: 'info' },
  'media-type-changed': { payload: 'breaking' },
  'media-type-added': { payload: 'breaking' },
  'media-type-removed': { payload: 'info' },
  'payload-became-optional': { payload: 'breaking' },
  'payload-became-required': { payload: 'info' },
  'security-added': { payload: 'info' },
  'security-removed': { payload: 'breaking' },
  'security-changed': { payload: 'breaking' },
  'signature-scheme-added': { payload: 'info' },
  'signature-scheme-removed': { payload: 'breaking' },
  'signature-scheme-changed': { payload: 'breaking' },
  'event-type-declaration-added': { payload: 'info' },
  'event-type-declaration-removed': { payload: 'warning' },
  'event-type-declaration-changed': { payload: 'breaking' },
  'idempotency-key-added': { payload: 'info' },
  'idempotency-key-removed': { payload: 'warning' },
  'idempotency-key-changed': { payload: 'breaking' },
  'payload-removed': { payload: 'breaking' },
  'payload-added': { payload: 'info' },
  'response-status-removed': { payload: 'breaking' },
  'response-status-added': { payload: 'info' },
} as const satisfies Record<string, Row>;

/** A rule id, as rules report it: a typo fails `tsc`. */
export type RuleId = keyof typeof TABLE;
/** The rules that also apply to responses, as `response-<id>`. */
type ResponseRuleId = { [K in RuleId]: (typeof TABLE)[K] extends { response: Level } ? K : never }[RuleId];
/** Every id a finding may carry: a rule id, or `response-<id>` for a schema rule in a response. */
export type DiffRuleId = RuleId | `response-${ResponseRuleId}`;

export interface RegistryEntry {
  level: Level;
  strict: Level;
}

/** The flat id → level view, response variants included. */
export const REGISTRY: ReadonlyMap<DiffRuleId, RegistryEntry> = new Map(
  (Object.entries(TABLE) as Array<[RuleId, Row]>).flatMap(([id, row]) => {
    const entries: Array<[DiffRuleId, RegistryEntry]> = [[id, { level: row.payload, strict: row.strict ?? row.payload }]];
    if (row.response) {
      const strict = row.response === 'warning' && row.strict ? row.strict : row.response;
      entries.push([`response-${id}` as DiffRuleId, { level: row.response, strict }]);
    }
    return entries;
  }),
);

/** The id a schema rule's finding gets in the given polarity. */
export function idFor(id: RuleId, polarity: 'payload' | 'response'): DiffRuleId {
  const row: Row = TABLE[id];
  return polarity === 'response' && row.response ? (`response-${id}` as DiffRuleId) : id;
}

/** Whether a string from outside (a config file) names a rule. */
export function isRuleId(id: string): id is DiffRuleId {
  return REGISTRY.has(id as DiffRuleId);
}
