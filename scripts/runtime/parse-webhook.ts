import { isUtf8 } from 'node:buffer';
import type { PayloadProblem } from '../core/validate/problems.js';
import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import { MalformedJsonError, PayloadError, UnknownEventError } from './errors.js';
import { type HeadersInput, readHeader } from './headers.js';
import { SIGNATURE_HEADER, verifySignature } from './signature.js';
import { EVENT_TYPES, isEventType, validateWebhook } from './validate-webhook.js';

export interface ParseWebhookInput {
  /** The body exactly as received: bytes, or the exact text. Parse nothing before this call. */
  rawBody: string | Uint8Array;
  headers: HeadersInput;
  /** The webhook's signing secret from the project settings. */
  secret: string | Uint8Array;
  /** The event type, typically from the route the delivery came to (one URL per event). */
  eventType?: string;
}

/** A verified, validated delivery: its type and its typed body. */
export type ParsedWebhook<E extends EventType = EventType> = { [K in E]: { type: K; payload: WebhookPayloads[K] } }[E];

/**
 * Verifies, parses and validates one webhook delivery, in that order: the event type is known, the
 * signature matches the raw body, the body is UTF-8 JSON, the JSON matches the event's schema.
 * Without `eventType`, the event is the only one whose schema accepts the body; when several accept it
 * (as `created` and `pending` do here: their bodies are alike), UnknownEventError asks for `eventType`.
 * Throws only SignatureError, MalformedJsonError, PayloadError, UnknownEventError (and TypeError when
 * called with arguments of the wrong kind, which is a bug in the caller).
 */
export function parseWebhook<E extends EventType>(input: ParseWebhookInput & { eventType: E }): ParsedWebhook<E>;
export function parseWebhook(input: ParseWebhookInput): ParsedWebhook;
export function parseWebhook({ rawBody, headers, secret, eventType }: ParseWebhookInput): ParsedWebhook {
  if (eventType !== undefined && !isEventType(eventType)) throw new UnknownEventError(eventType, [...EVENT_TYPES]);
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new TypeError('rawBody must be the raw body (Buffer, Uint8Array or string): was it already parsed by a JSON middleware?');
  }
  verifySignature(rawBody, readHeader(headers, SIGNATURE_HEADER), secret);
  const payload = parseJson(rawBody);
  if (eventType !== undefined) {
    const result = validateWebhook(eventType, payload);
    if (!result.ok) throw new PayloadError(eventType, result.errors);
    return { type: eventType, payload: result.value } as ParsedWebhook;
  }
  return { type: detectEventType(payload), payload } as ParsedWebhook;
}

function parseJson(rawBody: string | Uint8Array): unknown {
  if (typeof rawBody !== 'string' && !isUtf8(rawBody)) throw new MalformedJsonError('the body is not valid UTF-8 text');
  const text = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MalformedJsonError(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** The one event type whose schema accepts the payload. */
function detectEventType(payload: unknown): EventType {
  const results = EVENT_TYPES.map((type) => ({ type, result: validateWebhook(type, payload) }));
  const accepted = results.filter(({ result }) => result.ok).map(({ type }) => type);
  if (accepted.length === 1) return accepted[0] as EventType;
  if (accepted.length > 1) {
    throw new UnknownEventError(
      undefined,
      [...EVENT_TYPES],
      `the body fits ${accepted.length} event types (${accepted.join(', ')}): pass eventType (for example from the route) to say which`,
    );
  }
  const closest = results
    .map(({ type, result }) => ({ type, problems: result.ok ? [] : result.errors }))
    .reduce((best, next) => (next.problems.length < best.problems.length ? next : best)) as { type: EventType; problems: PayloadProblem[] };
  throw new PayloadError(
    closest.type,
    closest.problems,
    `the body matches none of the ${EVENT_TYPES.length} event types; closest is ${closest.type}: ${closest.problems[0]?.pointer || '/'} ${closest.problems[0]?.message}`,
  );
}
