import type { EventType, WebhookPayloads } from '../generated/webhooks.js';
import * as ours from '../generated/webhooks.validators.js';
import { PayloadError, UnknownEventError } from './errors.js';
import { type EventTypeSource, eventTypeFrom } from './event-type.js';
import type { HeadersInput } from './headers.js';
import { type PayloadProblem, toProblems } from './internal/problems.js';
import { EVENT_TYPE_EXTENSION, SIGNATURE_EXTENSION } from './internal/webhook-extensions.js';
import { parseJsonBody } from './parse-json.js';
import { kindOf, type SecretInput } from './secrets.js';
import { verifyWebhookSignature } from './signature.js';
import type { SignatureScheme } from './signature-scheme.js';

/** What the spec declares about one event's deliveries, as `types` generates it (`X.validators.js`: `declarations`). */
export interface DeliveryDeclarations {
  signature: SignatureScheme | null;
  eventTypePointer: string | null;
  /** The header naming the event type (`x-webhook-event-type: { header }`); absent in modules generated before it existed. */
  eventTypeHeader?: string | null;
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
  /**
   * The webhook's signing secret from the project settings; several during a rotation (any one may match).
   * Required when the event is signed; a TypeError when the spec declares no scheme (nothing would check it).
   */
  secret?: SecretInput;
  /** The event type, typically from the route the delivery came to (one URL per event). */
  eventType?: string;
  /**
   * Another spec's generated module (`import * as acme from './acme.validators.js'`): its validators
   * and declarations are used instead of our spec's.
   */
  spec?: GeneratedSpec;
  /** How deliveries are signed, for every event (default: as the spec declares it per event, `x-webhook-signature`). */
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
 * Verifies, parses and validates one webhook delivery. The event comes first: `eventType`, else the one
 * the delivery names where the spec says (`x-webhook-event-type`: a header, a body pointer, or both),
 * else the only one whose schema accepts the body. Then that event's signature is checked as the spec
 * declares it (where every event shares one scheme, before the body is parsed), then the body is parsed
 * (UTF-8 JSON, at most 512 levels deep) and validated against the event's schema. Where the spec signs
 * events differently, the event must be named (route, header or body pointer): a body is never matched
 * to an event by its shape alone, so an unsigned event cannot stand in for a signed one.
 *
 * What the sender controls (the header values, the body bytes) only ever gives SignatureError,
 * MalformedJsonError, PayloadError or UnknownEventError. Arguments of the wrong kind, a `secret` for a
 * spec that declares no signature, or none where the event is signed, are a bug in the caller: a TypeError.
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
  const schemeOf = (type: string) => input.scheme ?? spec.declarations?.get(type)?.signature ?? null;
  const schemes = new Set(types.map((type) => JSON.stringify(schemeOf(type))));
  if (input.secret !== undefined && schemes.size === 1 && schemes.has('null')) {
    throw new TypeError(
      `secret was given, but the spec declares no signature scheme (${SIGNATURE_EXTENSION}), so nothing would check it: declare the scheme, pass \`scheme\`, or leave out \`secret\``,
    );
  }
  const verify = (type: string) => {
    const scheme = schemeOf(type);
    if (!scheme) return;
    if (input.secret === undefined) throw new TypeError(`secret is required: the spec signs ${type} (${scheme.header})`);
    verifyWebhookSignature(input.rawBody, input.headers, input.secret, scheme, input.now);
  };
  let payload: unknown;
  let parsed = false;
  const body = () => {
    if (!parsed) [payload, parsed] = [parseJsonBody(input.rawBody), true];
    return payload;
  };
  const source = sourceOf(input, spec, types);
  const uniform = schemes.size === 1;
  if (uniform) verify(types[0] as string); // one scheme for all: checked before the body is read
  let eventType =
    input.eventType ?? (source ? eventTypeFrom(source, input.headers, body, (t) => spec.validators.has(t), types) : undefined);
  if (eventType === undefined && !uniform) {
    throw new UnknownEventError(
      undefined,
      types,
      `the spec signs its events differently and declares no ${EVENT_TYPE_EXTENSION}: pass eventType (for example from the route)`,
    );
  }
  if (!uniform) verify(eventType as string);
  eventType ??= detectEventType(body(), spec, types);
  const problems = validate(spec, eventType, body());
  if (problems) throw new PayloadError(eventType, problems);
  return { type: eventType, payload } as ParsedWebhook;
}

/** Where the delivery names its event: the caller's pointer, else the first declaration among the events. */
function sourceOf(input: ParseWebhookInput, spec: GeneratedSpec, types: readonly string[]): EventTypeSource | undefined {
  if (input.eventTypePointer !== undefined) return { pointer: input.eventTypePointer };
  for (const type of types) {
    const d = spec.declarations?.get(type);
    if (d?.eventTypeHeader)
      return d.eventTypePointer ? { header: d.eventTypeHeader, pointer: d.eventTypePointer } : { header: d.eventTypeHeader };
    if (d?.eventTypePointer) return { pointer: d.eventTypePointer };
  }
  return undefined;
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
