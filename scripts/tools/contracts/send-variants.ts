import { getAt, parsePointer } from '../../core/spec/pointer.js';
import { signWebhook } from '../../runtime/signature.js';
import type { Variant } from './variants.js';

export interface Delivery {
  eventType: string;
  variant: string;
  /** HTTP status, or null when there was no answer. */
  status: number | null;
  /** The answer's body (first 500 characters), or why there was no answer. */
  body: string;
}

export interface SendOptions {
  secret: string;
  timeoutMs: number;
  /** JSON pointer of a string field made unique per delivery, so an idempotent receiver processes each one. */
  idempotencyKey?: string;
}

/**
 * POSTs every variant, signed, one after the other, each bounded by `timeoutMs`. After a request times
 * out the rest are not sent (a hung receiver costs one timeout, not one per variant). A refused
 * connection on the first request throws: the receiver is not running.
 */
export async function sendVariants(url: string, variants: readonly Variant[], options: SendOptions): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  let hung = false;
  for (const [n, variant] of variants.entries()) {
    const base = { eventType: variant.eventType, variant: variant.name };
    if (hung) {
      deliveries.push({ ...base, status: null, body: 'not sent: the receiver stopped answering' });
      continue;
    }
    const body = JSON.stringify(unique(variant.payload, options.idempotencyKey, n));
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-voucherify-signature': signWebhook(body, options.secret) },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      deliveries.push({ ...base, status: response.status, body: (await response.text()).slice(0, 500) });
    } catch (error) {
      const reason = describeFailure(error, options.timeoutMs);
      if (n === 0 && reason.refused) throw new Error(`cannot connect to ${url}: ${reason.text}`);
      hung ||= reason.timeout;
      deliveries.push({ ...base, status: null, body: reason.text });
    }
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

function describeFailure(error: unknown, timeoutMs: number): { text: string; timeout: boolean; refused: boolean } {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return { text: `no answer within ${timeoutMs} ms`, timeout: true, refused: false };
  const code = e.cause?.code;
  if (code === 'ECONNREFUSED') return { text: 'connection refused (is the receiver running?)', timeout: false, refused: true };
  return {
    text: `${code ?? e.name}: ${e.cause?.message ?? e.message}`,
    timeout: false,
    refused: code === 'ENOTFOUND' || code === 'EHOSTUNREACH',
  };
}
