import { isUtf8 } from 'node:buffer';
import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import * as ours from '../generated/webhooks.validators.js';
import { MalformedJsonError, PayloadError, UnknownEventError } from './errors.js';
import type { HeadersInput } from './headers.js';
import { getAt, parsePointer } from './internal/json-pointer.js';
import { type PayloadProblem, toProblems } from './internal/problems.js';
import { kindOf, verifyWebhookSignature } from './signature.js';
import type { SignatureScheme } from './signature-scheme.js';

/** What the spec declares about one event's deliveries, as `types` generates it (`X.validators.js`: `declarations`). */
export interface DeliveryDeclarations {
  signature: SignatureScheme | null;
  eventTypePointer: string | null;
  idempotencyKey: string | null;
}

/**
 * A read-only lookup by event type: a `Map` fits. Spelt out rather than `ReadonlyMap` so that the package's
 * declarations compile under any `lib`, ES5's included (a bundler project with no `target`).
 */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  forEach(visit: (value: V, key: string) => void): void;
}

/** The module `webhook-contracts types --out X.ts` writes as `X.validators.js`, for another spec. */
export interface GeneratedSpec {
  validators: Lookup<{ (data: unknown): boolean; errors?: unknown }>;
  declarations?: Lookup<DeliveryDeclarations>;
}

export interface ParseWebhookInput {
  /** The body exactly as received: bytes, or the exact text. Parse nothing before this call. */
  rawBody: string | Uint8Array;
  headers: HeadersInput;
  /** The webhook's signing secret from the project settings (not needed when the spec declares no signature). */
  secret?: string | Uint8Array;
  /** The event type, typically from the route the delivery came to (one URL per event). */
  eventType?: string;
  /**
   * Another spec's generated module (`import * as acme from './acme.validators.js'`): its validators
   * and declarations are used instead of our spec's.
   */
  spec?: GeneratedSpec;
  /** How deliveries are signed (default: as the spec declares it, `x-webhook-signature`). */
  scheme?: SignatureScheme;
  /**
   * Where the body names its event type (default: as the spec declares it, `x-webhook-event-type` or a
   * discriminator): a JSON pointer such as `/type`. Then `eventType` may be left out.
   */
  eventTypePointer?: string;
  /** Now, in Unix seconds, for schemes with a timestamp tolerance (default: the clock). */
  now?: number;
}

/** A verified, validated delivery: its type and its typed body. */
export type ParsedWebhook<E extends EventType = EventType> = { [K in E]: { type: K; payload: WebhookPayloads[K] } }[E];

/**
 * Verifies, parses and validates one webhook delivery, in that order: the event type is known, the
 * signature matches the raw body (as the spec's `x-webhook-signature` says; nothing when it declares
 * none), the body is UTF-8 JSON, the JSON matches the event's schema. The event is `eventType`, else
 * the one the body names where the spec says (`x-webhook-event-type`), else the only one whose schema
 * accepts the body; when several accept it (as `created` and `pending` do here: their bodies are
 * alike), UnknownEventError asks for `eventType`.
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
  const spec = input.spec ?? (ours as GeneratedSpec);
  const types: string[] = [];
  spec.validators.forEach((_check, type) => {
    types.push(type);
  });
  if (input.eventType !== undefined && !spec.validators.has(input.eventType)) throw new UnknownEventError(input.eventType, types);
  const declared = spec.declarations?.get(input.eventType ?? (types[0] as string));
  const scheme = input.scheme ?? declared?.signature ?? undefined;
  if (scheme) verifyWebhookSignature(input.rawBody, input.headers, input.secret as string, scheme, input.now);
  const payload = parseJson(input.rawBody);
  const pointer = input.eventTypePointer ?? declared?.eventTypePointer ?? undefined;
  const eventType = input.eventType ?? (pointer === undefined ? undefined : eventTypeIn(payload, pointer, spec, types));
  if (eventType !== undefined) {
    const problems = validate(spec, eventType, payload);
    if (problems) throw new PayloadError(eventType, problems);
    return { type: eventType, payload } as ParsedWebhook;
  }
  return { type: detectEventType(payload, spec, types), payload } as ParsedWebhook;
}

function validate(spec: GeneratedSpec, eventType: string, payload: unknown): PayloadProblem[] | undefined {
  const check = spec.validators.get(eventType) as { (data: unknown): boolean; errors?: never };
  return check(payload) ? undefined : toProblems(check.errors);
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
function eventTypeIn(payload: unknown, pointer: string, spec: GeneratedSpec, types: string[]): string {
  const value = getAt(payload, parsePointer(pointer));
  if (typeof value !== 'string' || !spec.validators.has(value)) {
    throw new UnknownEventError(
      typeof value === 'string' ? value : undefined,
      types,
      `the body's event type at ${pointer} is ${typeof value === 'string' ? JSON.stringify(value.slice(0, 100)) : value === undefined ? 'missing' : kindOf(value)} (known: ${types.join(', ')})`,
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
function detectEventType(payload: unknown, spec: GeneratedSpec, types: string[]): string {
  const results = types.map((type) => ({ type, problems: validate(spec, type, payload) }));
  const accepted = results.filter(({ problems }) => problems === undefined).map(({ type }) => type);
  if (accepted.length === 1) return accepted[0] as string;
  if (accepted.length > 1) {
    throw new UnknownEventError(
      undefined,
      types,
      `the body fits ${accepted.length} event types (${accepted.join(', ')}): pass eventType (for example from the route) to say which`,
    );
  }
  const closest = results.reduce((best, next) => ((next.problems?.length ?? 0) < (best.problems?.length ?? 0) ? next : best)) as {
    type: string;
    problems: PayloadProblem[];
  };
  throw new PayloadError(
    closest.type,
    closest.problems,
    `the body matches none of the ${types.length} event types; closest is ${closest.type}: ${closest.problems[0]?.pointer || '/'} ${closest.problems[0]?.message}`,
  );
}
