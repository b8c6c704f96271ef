import { isUtf8 } from 'node:buffer';
import { getAt, parsePointer } from '../core/spec/pointer.js';
import type { PayloadProblem } from '../core/validate/problems.js';
import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import { MalformedJsonError, PayloadError, UnknownEventError } from './errors.js';
import type { HeadersInput } from './headers.js';
import { DEFAULT_SCHEME, kindOf, verifyWebhookSignature } from './signature.js';
import type { SignatureScheme } from './signature-scheme.js';
import { EVENT_TYPES, isEventType, validateWebhook } from './validate-webhook.js';

export interface ParseWebhookInput {
  /** The body exactly as received: bytes, or the exact text. Parse nothing before this call. */
  rawBody: string | Uint8Array;
  headers: HeadersInput;
  /** The webhook's signing secret from the project settings. */
  secret: string | Uint8Array;
  /** The event type, typically from the route the delivery came to (one URL per event). */
  eventType?: string;
  /** How deliveries are signed (default: the scheme our spec declares, Voucherify's). */
  scheme?: SignatureScheme;
  /**
   * Where the body names its event type, as the spec declares it (`x-webhook-event-type`): a JSON
   * pointer such as `/type`. Then `eventType` may be left out.
   */
  eventTypePointer?: string;
  /** Now, in Unix seconds, for schemes with a timestamp tolerance (default: the clock). */
  now?: number;
}

/** A verified, validated delivery: its type and its typed body. */
export type ParsedWebhook<E extends EventType = EventType> = { [K in E]: { type: K; payload: WebhookPayloads[K] } }[E];

/**
 * Verifies, parses and validates one webhook delivery, in that order: the event type is known, the
 * signature matches the raw body, the body is UTF-8 JSON, the JSON matches the event's schema.
 * Without `eventType`, the event is the only one whose schema accepts the body; when several accept it
 * (as `created` and `pending` do here: their bodies are alike), UnknownEventError asks for `eventType`.
 * With `eventTypePointer`, the body names its event there and that decides.
 *
 * What the sender controls (the header values, the body bytes) only ever gives SignatureError,
 * MalformedJsonError, PayloadError or UnknownEventError. Arguments of the wrong kind (a `rawBody` that
 * is not bytes or text, `headers` that are not a record or Fetch Headers, a `secret` that is not text or
 * bytes) are a bug in the caller: a TypeError naming the argument and what it must be.
 */
export function parseWebhook<E extends EventType>(input: ParseWebhookInput & { eventType: E }): ParsedWebhook<E>;
export function parseWebhook(input: ParseWebhookInput): ParsedWebhook;
export function parseWebhook(input: ParseWebhookInput): ParsedWebhook {
  checkArguments(input);
  const { rawBody, headers, secret, scheme, eventTypePointer, now } = input;
  if (input.eventType !== undefined && !isEventType(input.eventType)) throw new UnknownEventError(input.eventType, [...EVENT_TYPES]);
  verifyWebhookSignature(rawBody, headers, secret, scheme ?? DEFAULT_SCHEME, now);
  const payload = parseJson(rawBody);
  const eventType = input.eventType ?? (eventTypePointer === undefined ? undefined : eventTypeIn(payload, eventTypePointer));
  if (eventType !== undefined) {
    const result = validateWebhook(eventType, payload);
    if (!result.ok) throw new PayloadError(eventType, result.errors);
    return { type: eventType, payload: result.value } as ParsedWebhook;
  }
  return { type: detectEventType(payload), payload } as ParsedWebhook;
}

function checkArguments(input: ParseWebhookInput): void {
  if (input === null || typeof input !== 'object')
    throw new TypeError(`parseWebhook takes one object { rawBody, headers, secret }, not ${kindOf(input)}`);
  const { rawBody, headers, eventType, eventTypePointer } = input;
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new TypeError(
      `rawBody must be the raw body (Buffer, Uint8Array or string), not ${kindOf(rawBody)}: was it already parsed by a JSON middleware?`,
    );
  }
  if (headers === null || typeof headers !== 'object') {
    throw new TypeError(
      `headers must be the request's headers (a record such as request.headers, or Fetch Headers), not ${kindOf(headers)}`,
    );
  }
  if (eventType !== undefined && typeof eventType !== 'string')
    throw new TypeError(`eventType must be a string or undefined, not ${kindOf(eventType)}`);
  if (eventTypePointer !== undefined && (typeof eventTypePointer !== 'string' || !/^(\/|$)/.test(eventTypePointer))) {
    throw new TypeError(`eventTypePointer must be a JSON pointer such as "/type", not ${JSON.stringify(eventTypePointer)}`);
  }
}

/** The event type the body names at `pointer`; the sender controls it, so anything else is an UnknownEventError. */
function eventTypeIn(payload: unknown, pointer: string): string {
  const value = getAt(payload, parsePointer(pointer));
  if (!isEventType(value)) {
    throw new UnknownEventError(
      typeof value === 'string' ? value : undefined,
      [...EVENT_TYPES],
      `the body's event type at ${pointer} is ${typeof value === 'string' ? JSON.stringify(value.slice(0, 100)) : value === undefined ? 'missing' : kindOf(value)} (known: ${EVENT_TYPES.join(', ')})`,
    );
  }
  return value;
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
