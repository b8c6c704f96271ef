import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The explicit limits of an example receiver (docs/reference/reliability.md has the measured figures). Node's
 * defaults would let one slow sender hold a connection for 300 s and take any number of connections.
 */
export interface ReceiverLimits {
  /** The request's headers must have arrived within this (from the connection or the previous request). */
  headersTimeoutMs: number;
  /** The whole request, body included, must have arrived within this; else 408 and the socket closes. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two timeouts above (its default, 30 s, would let them overrun by that). */
  timeoutCheckMs: number;
  /**
   * Open connections beyond this get a fast `503` with `Retry-After` (the sender retries later) instead
   * of a reset or a timeout. `/healthz` is always answered.
   */
  maxConnections: number;
  /** Beyond this, Node refuses connections outright: the last guard of the process's file descriptors. */
  hardMaxConnections: number;
  /** Seconds a sender is asked to wait (the `Retry-After` of a 503). */
  retryAfterSeconds: number;
}

export const RECEIVER_LIMITS: ReceiverLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  timeoutCheckMs: 1_000,
  maxConnections: 256,
  hardMaxConnections: 4_000,
  retryAfterSeconds: 1,
};

/** The options of `http.createServer` that set the timeouts. */
export function serverOptions(limits: ReceiverLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckMs,
  };
}

/**
 * Counts open connections on `server` and returns a check for the request handler: true when this
 * request arrived over the soft cap and has been answered 503 (its connection is then closed).
 */
export function connectionGuard(server: Server, limits: ReceiverLimits): (request: IncomingMessage, response: ServerResponse) => boolean {
  let open = 0;
  server.maxConnections = limits.hardMaxConnections;
  server.on('connection', (socket) => {
    open++;
    socket.once('close', () => open--);
  });
  return (_request, response) => {
    if (open <= limits.maxConnections) return false;
    overloaded(response, limits.retryAfterSeconds);
    return true;
  };
}

/** 503 with `Retry-After`: the sender's retry comes back later, and nothing of the cause is told. */
export function overloaded(response: ServerResponse, retryAfterSeconds: number, closeConnection = true): void {
  if (response.headersSent) return;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) };
  if (closeConnection) headers.connection = 'close';
  response.writeHead(503, headers);
  response.end(JSON.stringify({ error: 'temporarily unavailable, retry later' }));
}

/**
 * A handler's store is busy (a locked database): the delivery was not recorded, and the sender should
 * retry soon. The receiver answers 503 with `Retry-After` and does not pass the message on.
 */
export class TemporarilyUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemporarilyUnavailableError';
  }
}
