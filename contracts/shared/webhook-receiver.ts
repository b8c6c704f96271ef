import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type EventType, parseWebhook, type SignatureScheme, type WebhookPayloads } from 'voucherify-webhooks';
import { connectionGuard, overloaded, RECEIVER_LIMITS, type ReceiverLimits, serverOptions } from './receiver-limits.js';

export const WEBHOOK_PATH = '/webhooks/voucherify';
/** Liveness, and the process's memory for a load test's leak check: `{ status: 'ok', rss, heapUsed, arrayBuffers }` in bytes. */
export const HEALTH_PATH = '/healthz';
/** Voucherify's bodies are a few kilobytes; anything past 1 MiB is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type HandleOutcome = 'processed' | 'duplicate';

export interface ReceiverOptions<E extends EventType> {
  secret: string;
  /**
   * The one event this endpoint is subscribed to. Voucherify's bodies do not name their event, and the
   * bodies of `created` and `pending` are alike, so the subscription (one URL per event) decides.
   */
  eventType: E;
  handle: (payload: WebhookPayloads[E]) => Promise<HandleOutcome>;
  maxBodyBytes?: number;
  /** How deliveries are signed, as the spec declares it (default: `x-webhook-signature: voucherify`). */
  scheme?: SignatureScheme;
  /** Timeouts and the connection cap (default RECEIVER_LIMITS; see receiver-limits.ts). */
  limits?: Partial<ReceiverLimits>;
}

/**
 * A webhook receiver as a plain `node:http` server: POST /webhooks/voucherify, signature checked and
 * body validated by `parseWebhook`, then the handler. Answers 202 processed, 200 duplicate delivery,
 * 400 malformed or invalid body, 401 bad signature, 413 body over the limit (the rest is dropped unkept),
 * 404/405 elsewhere, 503 with `Retry-After` when over its connection cap or when the handler's store is
 * busy, 500 when the handler fails (Voucherify then retries; the error's message stays in the process,
 * on stderr). GET /healthz answers 200. Headers, body and idle connections have timeouts (receiver-limits.ts).
 */
export function createWebhookReceiver<E extends EventType>(options: ReceiverOptions<E>): Server {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const limits = { ...RECEIVER_LIMITS, ...options.limits };
  const server = createServer(serverOptions(limits), (request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path === HEALTH_PATH && request.method === 'GET') return answer(response, 200, health());
    if (overCap(request, response)) return;
    if (path !== WEBHOOK_PATH) return answer(response, 404, { error: 'not found' });
    if (request.method !== 'POST') return answer(response, 405, { error: 'use POST' }, { allow: 'POST' });
    if (Number(request.headers['content-length'] ?? 0) > limit) return refuseTooLarge(request, response, limit);
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return refuseTooLarge(request, response, limit);
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (response.headersSent) return;
      receive(options, Buffer.concat(chunks), request).then(
        ([status, body]) => answer(response, status, body),
        (error: unknown) => handlerFailed(response, error, limits.retryAfterSeconds),
      );
    });
  });
  const overCap = connectionGuard(server, limits);
  return server;
}

/** 503 for a busy store, else 500; neither tells the sender the error's text (it may name files, tables). */
function handlerFailed(response: ServerResponse, error: unknown, retryAfterSeconds: number): void {
  if ((error as Error)?.name === 'TemporarilyUnavailableError') {
    overloaded(response, retryAfterSeconds, false);
    return;
  }
  process.stderr.write(`webhook receiver: handler failed: ${(error as Error)?.stack ?? String(error)}\n`);
  answer(response, 500, { error: 'handler failed' });
}

async function receive<E extends EventType>(
  options: ReceiverOptions<E>,
  rawBody: Buffer,
  request: IncomingMessage,
): Promise<[number, object]> {
  let payload: WebhookPayloads[E];
  try {
    payload = parseWebhook({
      rawBody,
      headers: request.headers,
      secret: options.secret,
      eventType: options.eventType,
      scheme: options.scheme,
    }).payload as WebhookPayloads[E];
  } catch (error) {
    const { name, message, problems } = error as Error & { problems?: unknown };
    if (name === 'SignatureError') return [401, { error: name, message }];
    if (name === 'MalformedJsonError' || name === 'PayloadError' || name === 'UnknownEventError')
      return [400, { error: name, message, problems }];
    throw error;
  }
  const outcome = await options.handle(payload);
  return outcome === 'duplicate' ? [200, { status: 'duplicate' }] : [202, { status: 'accepted' }];
}

function health(): object {
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  return { status: 'ok', rss, heapUsed, arrayBuffers };
}

/**
 * Answers 413 at once, then reads the rest of the body and drops it, keeping nothing. Closing instead
 * would reset a connection that still has bytes coming in, and the sender could lose the 413 with it
 * (seen under load: about 2% of refusals became "connection reset"). A sender still sending more than
 * eight times the limit after the answer is cut off.
 */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse, limit: number): void {
  if (response.headersSent) return;
  answer(response, 413, { error: `body larger than ${limit} bytes` });
  let dropped = 0;
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > 8 * limit) request.socket.destroy();
  });
}

function answer(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Pending connections the kernel may queue before the receiver accepts them. */
export const LISTEN_BACKLOG = 4096;

/** Listens on 127.0.0.1 (port 0 picks a free one) and returns the receiver's URL. */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue (the kernel caps it at net.core.somaxconn): a burst of senders waits to be
    // accepted, and answered (503 over the cap), instead of being reset by a full queue of 511.
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}${WEBHOOK_PATH}`;
}
