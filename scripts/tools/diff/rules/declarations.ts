import { canonical } from '../../../core/schema/normalize.js';
import type { Declared, Problem } from '../../../core/spec/declaration-reader.js';
import type { WebhookEvent } from '../../../core/spec/events.js';
import { EVENT_TYPE_EXTENSION, IDEMPOTENCY_EXTENSION, SIGNATURE_EXTENSION, UNSIGNED } from '../../../core/spec/webhook-extensions.js';
import { pointerToFragment } from '../../../runtime/internal/json-pointer.js';
import type { RuleId } from '../registry.js';
import type { EventRule, EventRuleContext } from './event-rule.js';

type Fields = Record<string, unknown>;
/** One side of a declaration, as the wire sees it: the fields it sets, and where it is declared. */
type Side = { fields: Fields; declared: Declared } | undefined;

/**
 * The webhook declarations, compared as read by the one reader (so `voucherify` and `{ preset: voucherify }`
 * are the same scheme, `/type` and `{ pointer: /type }` the same event type):
 * - `signature-scheme-added` / `-removed` / `-changed`: the scheme's fields (header, algorithm, prefix…,
 *   the preset's name aside); `none` counts as unsigned, so a scheme → `none` is a removal;
 * - `event-type-declaration-added` / `-removed` / `-changed`: where the event type is (body pointer, header);
 * - `idempotency-key-added` / `-removed` / `-changed`: the body pointer a receiver deduplicates on.
 * A declaration the reader cannot use is compared as written.
 */
export const declarationsRule: EventRule = (context) => {
  const { base, head, report } = context;
  const signature = (e: WebhookEvent): Side => {
    const read = e.declarations.signature;
    if (!read || (!read.problem && read.unsigned)) return undefined;
    return { declared: read.declared, fields: read.problem ? asWritten(read) : withoutPreset(read.scheme) };
  };
  const [sb, sh] = [signature(base), signature(head)];
  const noneInHead = head.declarations.signature?.declared.value === UNSIGNED;
  if (!sb && sh)
    report('signature-scheme-added', `${SIGNATURE_EXTENSION} declared`, { headPointer: pointerToFragment(sh.declared.pointer) });
  else if (sb && !sh) {
    const message = noneInHead
      ? `${SIGNATURE_EXTENSION}: ${UNSIGNED}: deliveries now come unsigned`
      : `${SIGNATURE_EXTENSION} removed: deliveries may come unsigned`;
    report('signature-scheme-removed', message, removedAt(context, sb, head.declarations.signature?.declared));
  } else compare(context, sb, sh, 'signature-scheme-changed', SIGNATURE_EXTENSION);

  const eventType = (e: WebhookEvent): Side =>
    side(e.declarations.eventType, (r) => ({ header: r.header, pointer: r.pointer, value: r.value }));
  const [tb, th] = [eventType(base), eventType(head)];
  if (!tb && th)
    report('event-type-declaration-added', `${EVENT_TYPE_EXTENSION} declared: ${describe(th)}`, {
      headPointer: pointerToFragment(th.declared.pointer),
    });
  else if (tb && !th)
    report('event-type-declaration-removed', `${EVENT_TYPE_EXTENSION} removed (was ${describe(tb)})`, removedAt(context, tb));
  else compare(context, tb, th, 'event-type-declaration-changed', EVENT_TYPE_EXTENSION);

  const key = (e: WebhookEvent): Side => side(e.declarations.idempotencyKey, (r) => ({ pointer: r.pointer }));
  const [kb, kh] = [key(base), key(head)];
  if (!kb && kh)
    report('idempotency-key-added', `${IDEMPOTENCY_EXTENSION} declared: ${describe(kh)}`, {
      headPointer: pointerToFragment(kh.declared.pointer),
    });
  else if (kb && !kh) report('idempotency-key-removed', `${IDEMPOTENCY_EXTENSION} removed (was ${describe(kb)})`, removedAt(context, kb));
  else compare(context, kb, kh, 'idempotency-key-changed', IDEMPOTENCY_EXTENSION);
};

function side<T extends { declared: Declared }>(read: T | Problem | undefined, fields: (read: T) => Fields): Side {
  if (!read) return undefined;
  if ('problem' in read && read.problem) return { declared: read.declared, fields: asWritten(read) };
  return { declared: read.declared, fields: fields(read as T) };
}

function compare(context: EventRuleContext, b: Side, h: Side, id: RuleId, name: string): void {
  if (!b || !h) return;
  const keys = [...new Set([...Object.keys(b.fields), ...Object.keys(h.fields)])].filter(
    (k) => canonical(b.fields[k]) !== canonical(h.fields[k]),
  );
  if (keys.length === 0) return;
  const message =
    name === SIGNATURE_EXTENSION ? `${name} ${keys.sort().join(', ')} changed` : `${name} changed: ${describe(b)} → ${describe(h)}`;
  context.report(id, message, { headPointer: pointerToFragment(h.declared.pointer), basePointer: pointerToFragment(b.declared.pointer) });
}

/** Where a removal is shown in the head: the declaration that replaced it, else the operation it was on, else the document. */
function removedAt(context: EventRuleContext, b: NonNullable<Side>, replacement?: Declared) {
  const headPointer = replacement ? pointerToFragment(replacement.pointer) : b.declared.level === 'operation' ? context.head.pointer : '#';
  return { headPointer, basePointer: pointerToFragment(b.declared.pointer) };
}

function asWritten(read: { declared: Declared }): Fields {
  const { value } = read.declared;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : { value };
}

function withoutPreset(scheme: object): Fields {
  const { preset: _preset, ...fields } = scheme as Fields;
  return fields;
}

/** `header X-Event-Name, pointer /action`, `pointer /data/id`. */
function describe(s: NonNullable<Side>): string {
  return Object.entries(s.fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}
