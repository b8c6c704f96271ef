import { createHash } from 'node:crypto';
import type { OpenAPIV3_1 } from 'openapi-types';
import { UsageError } from '../../core/errors.js';
import { deref, type WebhookEvent } from '../../core/spec/events.js';
import type { AuthRequirement, WebhookDeclarations } from '../../core/spec/webhook-declarations.js';
import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';

/** The headers of the `n`th delivery, with `payload` its body (for an event name completed by a body field). */
export type DeclaredHeaders = (n: number, payload: unknown) => Record<string, string>;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Header names that carry a delivery's own id: made unique per delivery. */
const DELIVERY_ID = /(^|-)(delivery|message|msg|request|webhook|event|notification)-?id$|-delivery$|^idempotency-key$/i;

/**
 * The header parameters one event's operation declares, as verify-receiver sends them: required ones
 * always, optional ones where the spec shows a value. Each gets the spec's example, else a value from its
 * schema; a delivery-id header is unique per delivery; the header that names the event
 * (`x-webhook-event-type: { header }`) carries the event's name even when no parameter declares it.
 * Headers the credentials write (signature, id, timestamp, authorization, API key) are left to them.
 */
export function declaredHeaders(document: unknown, event: WebhookEvent, declarations: WebhookDeclarations, runId: string): DeclaredHeaders {
  const skip = new Set(['content-type', 'content-length', ...declarations.auth.flatMap(credentialHeaders)]);
  const eventHeader = declarations.eventTypeHeader?.header.toLowerCase();
  const parts: Array<[string, (n: number, payload: unknown) => string]> = [];
  for (const h of event.headers) {
    const name = h.name.toLowerCase();
    if (skip.has(name) || (!h.required && h.example === undefined) || !TOKEN.test(h.name)) continue;
    const schema = deref<OpenAPIV3_1.SchemaObject>(document, h.schema);
    if (name === eventHeader) {
      const fixed = h.example ?? only(schema);
      parts.push([name, (_n, payload) => (fixed === undefined ? eventName(event.type, declarations, payload) : String(fixed))]);
    } else if (DELIVERY_ID.test(name) || schema?.format === 'uuid') {
      parts.push([name, (n) => deliveryId(schema?.format === 'uuid', runId, n)]);
    } else {
      const value = String(h.example ?? only(schema) ?? sample(schema));
      parts.push([name, () => value]);
    }
  }
  if (eventHeader && !parts.some(([name]) => name === eventHeader)) {
    parts.push([eventHeader, (_n, payload) => eventName(event.type, declarations, payload)]);
  }
  return (n, payload) => Object.fromEntries(parts.map(([name, value]) => [name, value(n, payload)]));
}

function credentialHeaders(r: AuthRequirement): string[] {
  if (r.kind === 'hmac') return [r.scheme.header, r.scheme.idHeader ?? '', r.scheme.timestampHeader ?? ''].map((h) => h.toLowerCase());
  if (r.kind === 'apiKey') return [r.header.toLowerCase()];
  return ['authorization'];
}

/**
 * The event's name as its header carries it: the event type, less the body field that completes it
 * (`issues.opened` with `action: opened` → `issues`) when the declaration names one.
 */
export function eventName(type: string, declarations: WebhookDeclarations, payload: unknown): string {
  const pointer = declarations.eventTypeHeader?.pointer;
  if (!pointer) return type;
  const field = getAt(payload, parsePointer(pointer));
  if (typeof field !== 'string' || field === '') return type;
  for (const separator of ['.', '-', '_', '/', ':']) {
    if (type.endsWith(`${separator}${field}`)) return type.slice(0, -field.length - 1);
  }
  return type;
}

function only(schema: OpenAPIV3_1.SchemaObject | undefined): unknown {
  if (!schema) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  return schema.default;
}

function sample(schema: OpenAPIV3_1.SchemaObject | undefined): string {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  if (type === 'integer' || type === 'number') return String(schema?.minimum ?? 1);
  if (type === 'boolean') return 'true';
  if (schema?.format === 'date-time') return new Date(0).toISOString();
  return 'webhook-contracts';
}

/** A delivery id unique to this run and delivery: a UUID where the schema asks for one. */
function deliveryId(uuid: boolean, runId: string, n: number): string {
  if (!uuid) return `wc_${runId}_${n}`;
  const hex = createHash('sha256').update(`${runId}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * `--header 'Name: value'` flags as [lower-case name, value] pairs. No colon, a name that is not an HTTP
 * token, or a line break in the value is a UsageError naming the flag's position.
 */
export function parseHeaderFlags(flags: readonly string[]): Array<[string, string]> {
  return flags.map((flag, index) => {
    const where = `--header #${index + 1}`;
    const colon = flag.indexOf(':');
    if (colon < 0) throw new UsageError(`"${flag}" has no colon`, { where, hint: "write it as 'Name: value'" });
    const name = flag.slice(0, colon).trim();
    if (!TOKEN.test(name))
      throw new UsageError(`"${name}" is not an HTTP header name`, { where, hint: "letters, digits and !#$%&'*+.^_`|~-" });
    const value = flag.slice(colon + 1).trim();
    if (/[\r\n\0]/.test(value)) throw new UsageError(`the value of ${name} holds a line break or NUL`, { where });
    return [name.toLowerCase(), value];
  });
}

/** Headers merged left to right with names lower-cased, so a later part replaces an earlier one whatever its case. */
export function mergeHeaders(...parts: ReadonlyArray<Record<string, string> | ReadonlyArray<[string, string]>>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const part of parts) {
    for (const [name, value] of Array.isArray(part) ? part : Object.entries(part)) merged[name.toLowerCase()] = value;
  }
  return merged;
}
