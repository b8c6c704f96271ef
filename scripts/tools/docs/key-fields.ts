import type { OpenAPIV3_1 } from 'openapi-types';
import { type Declared, isProblem, type Problem } from '../../core/spec/declaration-reader.js';
import type { WebhookEvent } from '../../core/spec/events.js';
import { type DeclarationLevel, IDEMPOTENCY_EXTENSION } from '../../core/spec/webhook-extensions.js';
import { parsePointer } from '../../runtime/internal/json-pointer.js';
import type { FieldRow } from './field-rows.js';

const LEVEL_WORDS: Record<DeclarationLevel, string> = {
  operation: 'on the operation',
  document: 'on the document',
  components: 'under components',
};

/** The roles of the "Key fields" summary, in the order they are shown. */
export const KEY_ROLES = ['event type', 'identity', 'deduplication key', 'state', 'timestamps'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** One line of the summary: the body fields (dotted paths, as in the field tables) and where the answer came from. */
export interface KeyField {
  role: KeyRole;
  fields: string[];
  /** The webhook key itself (or the type the spec declares), when no body field carries the event type. */
  value?: string;
  /** The header naming the event (with `fields`: the body field completing it). */
  header?: string;
  source: string;
}

/** Key-fields declaration keys → roles (each value a body JSON pointer or a list of them). */
const EXPLICIT: Record<string, KeyRole> = {
  'event-type': 'event type',
  identity: 'identity',
  deduplication: 'deduplication key',
  state: 'state',
  timestamps: 'timestamps',
};

/**
 * What a receiver keys on, from the spec's declarations as the one reader reads them (event.declarations:
 * operation, else document, else components): an explicit key-fields map, then the idempotency key and the
 * event type, then the spec's own `required` declarations: the required `id` of the body or of the top-level
 * object the event type names, and that object's required `state`/`status` field and `date-time` fields.
 * Declarations the reader cannot use are left out (lint and the strict reader report them). See docs/guides/living-docs.md.
 */
export function keyFields(_document: OpenAPIV3_1.Document, event: WebhookEvent, rows: FieldRow[]): KeyField[] {
  const usable = <T extends { declared: Declared }>(read: T | Problem | undefined): T | undefined =>
    read === undefined || isProblem(read) ? undefined : (read as T);
  const where = (declared: Declared) => `\`${declared.name}\` ${LEVEL_WORDS[declared.level]}`;
  const { declarations } = event;
  const out = new Map<KeyRole, KeyField>();
  const explicit = usable(declarations.keyFields);
  for (const [key, pointers] of explicit?.roles ?? []) {
    const role = EXPLICIT[key];
    if (role && pointers.length)
      out.set(role, { role, fields: pointers.map(dotted), source: where((explicit as { declared: Declared }).declared) });
  }
  const eventType = usable(declarations.eventType);
  if (!out.has('event type')) {
    out.set(
      'event type',
      eventType === undefined
        ? { role: 'event type', fields: [], value: event.type, source: 'the webhook key' }
        : {
            role: 'event type',
            fields: eventType.pointer === undefined ? [] : [dotted(eventType.pointer)],
            ...(eventType.header === undefined ? {} : { header: eventType.header }),
            ...(eventType.value === undefined ? {} : { value: eventType.value }),
            source: where(eventType.declared),
          },
    );
  }
  const idempotency = usable(declarations.idempotencyKey);
  if (!out.has('deduplication key') && idempotency) {
    out.set('deduplication key', { role: 'deduplication key', fields: [dotted(idempotency.pointer)], source: where(idempotency.declared) });
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
    out.set('deduplication key', { ...identity, role: 'deduplication key', source: `the identity (no \`${IDEMPOTENCY_EXTENSION}\`)` });
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
