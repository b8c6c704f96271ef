import { InputError } from '../../core/errors.js';
import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';
import type { AuthHeaders } from './delivery-auth.js';
import { mergeHeaders } from './delivery-headers.js';
import { post } from './http-post.js';
import type { Variant } from './variants.js';

export { KEPT_BODY_BYTES } from './http-post.js';

/** The body of a delivery left unsent after the receiver stopped answering. */
export const NOT_SENT = 'not sent: the receiver stopped answering';

export interface Delivery {
  eventType: string;
  variant: string;
  /** HTTP status, or null when there was no answer. */
  status: number | null;
  /** The answer's body (its first KEPT_BODY_BYTES bytes, marked when cut), or why there was no answer. */
  body: string;
}

/** One request to send: its body as bytes on the wire, and every header. */
export interface Outgoing {
  eventType: string;
  variant: string;
  body: string;
  headers: Record<string, string>;
}

export interface SendOptions {
  timeoutMs: number;
  /** The credentials of each delivery (signature, basic auth …); none when absent. */
  auth?: AuthHeaders;
  /**
   * JSON pointer of a string field made unique per delivery, so an idempotent receiver processes each
   * one: one for every event, or each event's own (by event type).
   */
  idempotencyKey?: string | ReadonlyMap<string, string | undefined>;
  /** The headers the spec declares for the `n`th delivery of an event (delivery-headers.ts), before the credentials. */
  headers?: (eventType: string, n: number, payload: unknown) => Record<string, string>;
  /** `--header` values: they replace the declared headers; the credentials come last. */
  extraHeaders?: ReadonlyArray<[string, string]>;
}

/** Each variant as a request: the idempotency key made unique, the declared headers, the credentials. */
export function variantRequests(variants: readonly Variant[], options: SendOptions, first = 0): Outgoing[] {
  return variants.map((variant, i) => {
    const n = first + i;
    const key = typeof options.idempotencyKey === 'string' ? options.idempotencyKey : options.idempotencyKey?.get(variant.eventType);
    const payload = unique(variant.payload, key, n);
    const body = JSON.stringify(payload);
    const headers = mergeHeaders(
      { 'content-type': 'application/json' },
      options.headers?.(variant.eventType, n, payload) ?? {},
      options.extraHeaders ?? [],
      options.auth?.(variant.eventType, body, n) ?? {},
    );
    return { eventType: variant.eventType, variant: variant.name, body, headers };
  });
}

/** POSTs every variant, with its declared headers and credentials (see `sendRequests`). */
export function sendVariants(url: string, variants: readonly Variant[], options: SendOptions): Promise<Delivery[]> {
  return sendRequests(url, variantRequests(variants, options), options.timeoutMs);
}

/**
 * POSTs every request, one after the other, each bounded by `timeoutMs` (http-post.ts reads a few KB
 * of each answer). After a request times out the rest are not sent (a hung receiver costs one timeout,
 * not one per request). A refused connection on the first request throws an InputError: the receiver
 * is not running.
 */
export async function sendRequests(url: string, requests: readonly Outgoing[], timeoutMs: number): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  let hung = false;
  for (const [n, request] of requests.entries()) {
    const base = { eventType: request.eventType, variant: request.variant };
    if (hung) {
      deliveries.push({ ...base, status: null, body: NOT_SENT });
      continue;
    }
    const outcome = await post(url, request.body, request.headers, timeoutMs);
    if ('status' in outcome) {
      deliveries.push({ ...base, ...outcome });
      continue;
    }
    if (n === 0 && outcome.refused) {
      throw new InputError(`cannot connect to ${url}: ${outcome.text}`, { where: '--url', hint: 'start the receiver first, or fix --url' });
    }
    hung ||= outcome.timeout;
    deliveries.push({ ...base, status: null, body: outcome.text });
  }
  return deliveries;
}

/** A copy of the payload whose idempotency key (a string at `pointer`) ends in `_v<n>`. */
export function unique(payload: unknown, pointer: string | undefined, n: number): unknown {
  if (!pointer) return payload;
  const segments = parsePointer(pointer);
  const value = getAt(payload, segments);
  if (typeof value !== 'string') return payload;
  const copy = structuredClone(payload) as Record<string, unknown>;
  let node = copy;
  for (const s of segments.slice(0, -1)) node = node[s] as Record<string, unknown>;
  node[segments.at(-1) as string] = `${value}_v${n}`;
  return copy;
}
