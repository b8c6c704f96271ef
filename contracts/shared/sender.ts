import { Agent, request } from 'node:http';
import { DEFAULT_SCHEME, type SignatureScheme, signatureHeaders } from 'voucherify-webhooks';

/**
 * How a sender retries a failed delivery (any non-2xx answer, a timeout, a refused or reset connection):
 * up to `attempts` attempts in all, waiting `baseDelayMs`, then twice as long each time, at most `maxDelayMs`.
 * Voucherify retries a failed delivery several times with growing delays; tests compress that schedule.
 */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** One delivery, no retry: the first answer is the result. */
export const NO_RETRY: RetryPolicy = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
/** Voucherify's schedule compressed for tests: 50, 100, 200, 400, 800, 1000, 1000 ... ms, 30 attempts (about 25 s). */
export const COMPRESSED_SCHEDULE: RetryPolicy = { attempts: 30, baseDelayMs: 50, maxDelayMs: 1000 };

export interface Delivery {
  /** The raw body, sent as is. */
  body: string | Buffer;
  /** The signature header's value (X-Voucherify-Signature); when absent, the body is signed with the sender's secret. */
  signature?: string;
}

export interface SenderOptions {
  secret: string;
  /** How to sign, as the spec declares it (default: Voucherify's scheme). */
  scheme?: SignatureScheme;
  /** A keep-alive agent shared by the deliveries (see `createSenderAgent`). */
  agent?: Agent;
  /** Per attempt: no answer within this many milliseconds counts as a failure (default 10000, as Voucherify). */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

export interface DeliveryResult {
  /** The last answer's HTTP status, or null when the last attempt got none (timeout, connection error). */
  status: number | null;
  attempts: number;
  /** From the first attempt to the last answer, retries and waits included. */
  ms: number;
  /** The last attempt's connection error or timeout, when it had one. */
  error?: string;
}

/** A keep-alive agent with one socket per concurrent delivery. */
export function createSenderAgent(concurrency: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
}

/** The delay before attempt `attempt + 1` (attempt counts from 1). */
export function retryDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** POSTs one signed delivery to `url`, retrying as `options.retry` says until a 2xx answer or the attempts run out. */
export async function deliver(url: string, delivery: Delivery, options: SenderOptions): Promise<DeliveryResult> {
  const policy = options.retry ?? NO_RETRY;
  const scheme = options.scheme ?? DEFAULT_SCHEME;
  const signed = signatureHeaders(delivery.body, options.secret, { scheme, id: `msg_${Math.random().toString(36).slice(2)}` });
  const signature = delivery.signature === undefined ? signed : { ...signed, [scheme.header]: delivery.signature };
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(url, delivery.body, signature, options);
    const done = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
    if (done || attempt >= policy.attempts) return { ...outcome, attempts: attempt, ms: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, retryDelay(policy, attempt)));
  }
}

export interface DeliverAllOptions extends SenderOptions {
  /** How many deliveries are in flight at most. */
  concurrency: number;
  /** Called as each delivery finishes (retries included). */
  onResult?: (index: number, result: DeliveryResult) => void;
}

/** Delivers every item, at most `concurrency` at a time, in the items' order; results in the same order. */
export async function deliverAll(url: string, deliveries: readonly Delivery[], options: DeliverAllOptions): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = new Array(deliveries.length);
  let next = 0;
  const worker = async () => {
    while (next < deliveries.length) {
      const index = next++;
      results[index] = await deliver(url, deliveries[index] as Delivery, options);
      options.onResult?.(index, results[index] as DeliveryResult);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, deliveries.length) }, worker));
  return results;
}

function attemptOnce(url: string, body: string | Buffer, signature: Record<string, string>, options: SenderOptions) {
  return new Promise<{ status: number | null; error?: string }>((resolve) => {
    let status: number | null = null;
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...signature };
    const req = request(url, { method: 'POST', headers, agent: options.agent, timeout: options.timeoutMs ?? 10_000 }, (res) => {
      status = res.statusCode ?? null;
      res.resume();
      res.on('end', () => resolve({ status }));
      res.on('error', () => resolve({ status }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs ?? 10_000} ms`)));
    // A receiver that refuses a body (413) may close before it is all written: its answer still counts.
    req.on('error', (error) => resolve(status === null ? { status, error: error.message } : { status }));
    req.end(body);
  });
}
