import type { OpenAPIV3_1 } from 'openapi-types';
import type { WebhookEvent } from '../../core/spec/events.js';
import { parsePointer } from '../../runtime/internal/json-pointer.js';
import type { FieldRow } from './field-rows.js';

/** The roles of the "Key fields" summary, in the order they are shown. */
export const KEY_ROLES = ['event type', 'identity', 'deduplication key', 'state', 'timestamps'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** One line of the summary: the body fields (dotted paths, as in the field tables) and where the answer came from. */
export interface KeyField {
  role: KeyRole;
  fields: string[];
  /** The webhook key itself, when no body field carries the event type. */
  value?: string;
  source: string;
}

/** `x-webhook-key-fields` keys → roles (each value a body JSON pointer or a list of them). */
const EXPLICIT: Record<string, KeyRole> = {
  'event-type': 'event type',
  identity: 'identity',
  deduplication: 'deduplication key',
  state: 'state',
  timestamps: 'timestamps',
};

/**
 * What a receiver keys on, from the spec: an explicit `x-webhook-key-fields` map, then `x-webhook-idempotency-key`
 * and `x-webhook-event-type` (operation first, then document), then the spec's own `required` declarations:
 * the required `id` of the body or of the top-level object the event type names, and that object's required
 * `state`/`status` field and `date-time` fields. See docs/living-docs.md.
 */
export function keyFields(document: OpenAPIV3_1.Document, event: WebhookEvent, rows: FieldRow[]): KeyField[] {
  const declared = (name: string): { value: unknown; where: string } | undefined => {
    const operation = (event.operation as Record<string, unknown>)[name];
    if (operation !== undefined) return { value: operation, where: `\`${name}\` on the operation` };
    const top = (document as unknown as Record<string, unknown>)[name];
    return top === undefined ? undefined : { value: top, where: `\`${name}\` on the document` };
  };
  const out = new Map<KeyRole, KeyField>();
  const explicit = declared('x-webhook-key-fields');
  if (explicit && isRecord(explicit.value)) {
    for (const [key, value] of Object.entries(explicit.value)) {
      const role = EXPLICIT[key];
      const fields = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map(dotted);
      if (role && fields.length) out.set(role, { role, fields, source: explicit.where });
    }
  }
  const eventType = declared('x-webhook-event-type');
  if (!out.has('event type')) {
    const value = eventType?.value;
    out.set(
      'event type',
      typeof value === 'string' && value.startsWith('/')
        ? { role: 'event type', fields: [dotted(value)], source: eventType?.where ?? '' }
        : {
            role: 'event type',
            fields: [],
            value: typeof value === 'string' ? value : event.type,
            source: eventType ? eventType.where : 'the webhook key',
          },
    );
  }
  const idempotency = declared('x-webhook-idempotency-key');
  if (!out.has('deduplication key') && typeof idempotency?.value === 'string') {
    out.set('deduplication key', { role: 'deduplication key', fields: [dotted(idempotency.value)], source: idempotency.where });
  }
  const byPath = new Map(rows.filter((r) => r.variants.length === 0).map((r) => [r.path, r]));
  const subject = subjectObject(event.type, byPath);
  const inSubject = (r: FieldRow) =>
    r.variants.length === 0 &&
    r.path.startsWith(subject === '' ? '' : `${subject}.`) &&
    !r.path.slice(subject ? subject.length + 1 : 0).includes('.');
  const required = 'the spec: `required`';
  const id = join(subject, 'id');
  if (!out.has('identity') && byPath.get(id)?.required) out.set('identity', { role: 'identity', fields: [id], source: required });
  if (!out.has('deduplication key') && out.has('identity')) {
    const identity = out.get('identity') as KeyField;
    out.set('deduplication key', { ...identity, role: 'deduplication key', source: 'the identity (no `x-webhook-idempotency-key`)' });
  }
  if (!out.has('state')) {
    const state = rows.filter((r) => inSubject(r) && r.required && /^(state|status)$/.test(last(r.path)));
    if (state.length) out.set('state', { role: 'state', fields: state.map((r) => r.path), source: required });
  }
  if (!out.has('timestamps')) {
    const times = rows.filter((r) => inSubject(r) && r.constraints.includes('format: date-time'));
    if (times.length)
      out.set('timestamps', { role: 'timestamps', fields: times.map((r) => r.path), source: 'the spec: `format: date-time`' });
  }
  return KEY_ROLES.flatMap((role) => (out.has(role) ? [out.get(role) as KeyField] : []));
}

/** The body itself when it has a required `id`, else the top-level object the event type names (`reward_redemptions` → `reward_redemption`). */
function subjectObject(type: string, byPath: Map<string, FieldRow>): string {
  if (byPath.get('id')?.required) return '';
  const words = type.split(/[^A-Za-z0-9_]+/).reverse();
  for (const word of words) {
    for (const name of [word, word.replace(/s$/, '')]) if (byPath.get(join(name, 'id'))?.required) return name;
  }
  return '';
}

const dotted = (pointer: string) => parsePointer(pointer).join('.');
const join = (a: string, b: string) => (a === '' ? b : `${a}.${b}`);
const last = (path: string) => path.split('.').at(-1) ?? '';
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
