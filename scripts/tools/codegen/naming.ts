import { componentName } from '../../core/schema/schema-ref.js';
import { isRef } from '../../core/spec/events.js';
import type { LoadedSpec } from '../../core/spec/load.js';

/**
 * Names the generated file gives its own exports or relies on: a schema or event may not take them.
 * (openapi-typescript's output uses `Record`; a spec schema called `Record` would shadow it.)
 */
const RESERVED = new Set([
  ...['paths', 'webhooks', 'components', '$defs', 'operations', 'WebhookPayloads', 'EventType', 'DeclaredSignatureScheme'],
  ...['Record', 'Array', 'ReadonlyArray', 'Omit', 'Pick', 'Partial', 'Required', 'Readonly', 'NonNullable'],
  ...['Exclude', 'Extract', 'Object', 'String', 'Number', 'Boolean', 'Date', 'Error', 'Map', 'Set', 'Promise'],
  ...['Function', 'Symbol', 'Blob', 'File', 'JSON'],
  // The runtime's own exports, beside the generated types in the package and in scripts/index.ts: a schema
  // named `SignatureError` would otherwise be hidden behind the error class (test/tools/codegen/naming.test.ts).
  ...['WebhookError', 'SignatureError', 'MalformedJsonError', 'PayloadError', 'UnknownEventError', 'SecretFormatError'],
  ...['PayloadProblem', 'HeadersInput', 'DeliveryDeclarations', 'GeneratedSpec', 'ParsedWebhook', 'ParseWebhookInput'],
  ...['SignOptions', 'DeclarationProblem', 'PresetName', 'SignatureScheme', 'SignedContent', 'ValidationResult'],
  ...['SecretInput', 'EventTypeSource', 'Lookup', 'CompiledValidator', 'ErrorObject'],
]);

/**
 * `customer.reward_redemptions.completed` → `CustomerRewardRedemptionsCompleted`,
 * `EVENTS.CUSTOMER.CREATED` → `EventsCustomerCreated`, `4_obj_reward` → `_4ObjReward`.
 * Words are runs of ASCII letters and digits; an all-capital word is treated as a word, not an acronym.
 */
export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words
    .map((word) => (/^[A-Z0-9]+$/.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return /^[A-Za-z]/.test(joined) ? joined : `_${joined}`;
}

export interface TypeNames {
  /** Event type → identifier of its body type. */
  events: Map<string, string>;
  /** Component schema name → identifier of its type. */
  schemas: Map<string, string>;
}

/**
 * Gives every event body and component schema a valid, unique TypeScript identifier, deterministically
 * (spec order). Events are named first. A schema whose name an event took gets the same identifier when
 * that event's body is just a `$ref` to it (one type, one name), else a `Schema` suffix; further
 * clashes get a number.
 */
export function planNames(spec: LoadedSpec): TypeNames {
  const taken = new Set(RESERVED);
  const claim = (candidate: string, suffix: string): string => {
    let name = taken.has(candidate) ? `${candidate}${suffix}` : candidate;
    for (let n = 2; taken.has(name); n++) name = `${candidate}${suffix}${n}`;
    taken.add(name);
    return name;
  };
  const events = new Map<string, string>();
  const sharedWith = new Map<string, string>();
  for (const event of spec.events) {
    if (!event.body) continue;
    const name = claim(pascalCase(event.type), 'Event');
    events.set(event.type, name);
    const target = componentOf(event.body.schema);
    if (target !== undefined && pascalCase(target) === name) sharedWith.set(target, name);
  }
  const schemas = new Map<string, string>();
  for (const schema of Object.keys(spec.document.components?.schemas ?? {})) {
    schemas.set(schema, sharedWith.get(schema) ?? claim(pascalCase(schema), 'Schema'));
  }
  return { events, schemas };
}

/** The component schema a schema is a bare `$ref` to, if it is one. */
function componentOf(schema: unknown): string | undefined {
  return isRef(schema) ? componentName(schema.$ref) : undefined;
}
