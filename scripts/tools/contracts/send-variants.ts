import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { InputError } from '../../core/errors.js';
import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';
import type { AuthHeaders } from './delivery-auth.js';
import type { Variant } from './variants.js';

/** How much of an answer's body is kept for the report; the rest is not read. */
export const KEPT_BODY_BYTES = 2048;

export interface Delivery {
  eventType: string;
  variant: string;
  /** HTTP status, or null when there was no answer. */
  status: number | null;
  /** The answer's body (its first KEPT_BODY_BYTES bytes, marked when cut), or why there was no answer. */
  body: string;
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
}

/**
 * POSTs every variant, with its credentials, one after the other, each bounded by `timeoutMs`. Of each
 * answer only the status and the first KEPT_BODY_BYTES of the body are read; the connection is then
 * closed, so a receiver streaming an endless body costs a few kilobytes. After a request times out the
 * rest are not sent (a hung receiver costs one timeout, not one per variant). A refused connection on
 * the first request throws an InputError: the receiver is not running.
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
    const key = typeof options.idempotencyKey === 'string' ? options.idempotencyKey : options.idempotencyKey?.get(variant.eventType);
    const body = JSON.stringify(unique(variant.payload, key, n));
    const headers = { 'content-type': 'application/json', ...options.auth?.(variant.eventType, body, n) };
    const outcome = await post(url, body, headers, options.timeoutMs);
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

type Outcome = { status: number; body: string } | { text: string; timeout: boolean; refused: boolean };

function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      readBounded(res).then((text) => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body: text });
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ text: `no answer within ${timeoutMs} ms`, timeout: true, refused: false });
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const code = error.code;
      if (code === 'ECONNREFUSED') resolve({ text: 'connection refused (is the receiver running?)', timeout: false, refused: true });
      else
        resolve({
          text: `${code ?? error.name}: ${error.message}`,
          timeout: false,
          refused: code === 'ENOTFOUND' || code === 'EHOSTUNREACH',
        });
    });
    req.end(body);
  });
}

/** The first KEPT_BODY_BYTES of an answer; then the response is destroyed and nothing more is read. */
function readBounded(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let done = false;
    const finish = (cut: boolean) => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).subarray(0, KEPT_BODY_BYTES).toString('utf8');
      chunks.length = 0;
      resolve(cut ? `${text}… (cut at ${KEPT_BODY_BYTES} bytes)` : text);
    };
    res.on('data', (chunk: Buffer) => {
      if (done) return;
      chunks.push(chunk);
      kept += chunk.length;
      if (kept > KEPT_BODY_BYTES) {
        finish(true);
        res.destroy();
      }
    });
    res.on('end', () => finish(false));
    res.on('error', () => finish(kept > KEPT_BODY_BYTES));
    res.on('close', () => finish(kept > KEPT_BODY_BYTES));
  });
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
