import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLoyaltyLedgerReceiver } from '../../contracts/consumers/loyalty-ledger/receiver.js';
import { BUSY_TIMEOUT_MS, SqliteLedgerStore } from '../../contracts/consumers/loyalty-ledger/sqlite-store.js';
import { RECEIVER_LIMITS, type ReceiverLimits } from '../../contracts/shared/receiver-limits.js';
import { createWebhookReceiver, HEALTH_PATH, WEBHOOK_PATH } from '../../contracts/shared/webhook-receiver.js';
import { DEFAULT_SPEC } from '../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { signWebhook } from '../../scripts/index.js';
import { SECRET, start } from '../helpers/receivers.js';

// Issue 14, item 7: the example receivers under abuse. Short limits here; RECEIVER_LIMITS are the defaults.
let example = '';
const stops: Array<() => Promise<void>> = [];
const sockets: Socket[] = [];
beforeAll(async () => {
  const spec = await loadSpec(DEFAULT_SPEC);
  example = JSON.stringify(spec.events.find((e) => e.type === 'customer.reward_redemptions.completed')?.body?.examples[0]?.value);
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const stop of stops.splice(0)) await stop();
});

async function serve(server: Server): Promise<{ url: string; port: number }> {
  const started = await start(server);
  stops.push(started.stop);
  return { url: started.url, port: Number(new URL(started.url).port) };
}

function receiver(limits: Partial<ReceiverLimits>, handle = async () => 'processed' as const) {
  return createWebhookReceiver({ secret: SECRET, eventType: 'customer.reward_redemptions.completed', handle, limits });
}

/** A raw connection that sends `text` and collects everything the server sends until it closes. */
async function raw(port: number, text: string): Promise<{ socket: Socket; answer: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  await once(socket, 'connect');
  socket.write(text);
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk;
  });
  return { socket, answer: once(socket, 'close').then(() => received) };
}

const post = (url: string, body = example) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-voucherify-signature': signWebhook(body, SECRET) },
    body,
  });

describe('receiver limits', () => {
  it('documents the limits it uses: docs/reference/reliability.md states each default, and each is below Node’s', () => {
    const doc = readFileSync('docs/reference/reliability.md', 'utf8');
    const seconds = (ms: number) => `${ms / 1000} s`;
    const row = (label: string) => doc.split('\n').find((line) => line.includes(label)) ?? `(no row for ${label})`;
    expect(row('`headersTimeout`')).toContain(`| ${seconds(RECEIVER_LIMITS.headersTimeoutMs)} |`);
    expect(row('`requestTimeout`')).toContain(`| ${seconds(RECEIVER_LIMITS.requestTimeoutMs)}, then 408 |`);
    expect(row('`keepAliveTimeout`')).toContain(`| ${seconds(RECEIVER_LIMITS.keepAliveTimeoutMs)} |`);
    expect(row('`connectionsCheckingInterval`')).toContain(`| ${seconds(RECEIVER_LIMITS.timeoutCheckMs)} |`);
    expect(row('fast `503`')).toContain(`Retry-After: ${RECEIVER_LIMITS.retryAfterSeconds}\` | ${RECEIVER_LIMITS.maxConnections} |`);
    expect(row('`server.maxConnections`')).toContain(`| ${RECEIVER_LIMITS.hardMaxConnections.toLocaleString('en-US')} |`);
    // Node's own defaults: headers 60 s, request 300 s, checked every 30 s.
    expect(RECEIVER_LIMITS.headersTimeoutMs).toBeLessThan(60_000);
    expect(RECEIVER_LIMITS.requestTimeoutMs).toBeLessThan(300_000);
    expect(RECEIVER_LIMITS.timeoutCheckMs).toBeLessThan(30_000);
    expect(RECEIVER_LIMITS.maxConnections).toBeLessThan(RECEIVER_LIMITS.hardMaxConnections);
  });

  it('closes a connection whose headers never finish (a 1-byte/s sender) with 408', async () => {
    const { port } = await serve(receiver({ headersTimeoutMs: 300, requestTimeoutMs: 300, timeoutCheckMs: 50 }));
    const { answer } = await raw(port, `POST ${WEBHOOK_PATH} HTTP/1.1\r\nHost: x\r\nX-Slow: a`);
    expect(await answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('closes a connection whose body never finishes with 408', async () => {
    const { port } = await serve(receiver({ headersTimeoutMs: 300, requestTimeoutMs: 300, timeoutCheckMs: 50 }));
    const { answer } = await raw(port, `POST ${WEBHOOK_PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{`);
    expect(await answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('answers a request over the connection cap with a fast 503 and Retry-After, not a reset; /healthz still answers', async () => {
    const { url, port } = await serve(receiver({ maxConnections: 2 }));
    for (let i = 0; i < 2; i++) await raw(port, ''); // two idle connections fill the cap
    const response = await post(url);
    expect([response.status, response.headers.get('retry-after'), response.headers.get('connection')]).toEqual([503, '1', 'close']);
    expect(await response.json()).toEqual({ error: 'temporarily unavailable, retry later' });
    expect((await fetch(url.replace(WEBHOOK_PATH, HEALTH_PATH))).status).toBe(200);
  });

  it('answers 500 without the error’s text when the handler fails', async () => {
    const { url } = await serve(
      receiver({}, async () => {
        throw new Error('SQLITE_CORRUPT in /var/lib/secret/ledger.sqlite');
      }),
    );
    const response = await post(url);
    expect([response.status, await response.text()]).toEqual([500, '{"error":"handler failed"}']);
  });
});

describe('loyalty-ledger with its SQLite file locked by another process', () => {
  it('waits 50 ms at most for a lock, then answers 503 with Retry-After (no "database is locked"), and records the retry once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-locked-')), 'ledger.sqlite');
    const store = new SqliteLedgerStore(file);
    expect(store.busyTimeoutMs()).toBe(BUSY_TIMEOUT_MS);
    expect(BUSY_TIMEOUT_MS).toBe(50);
    const { url } = await serve(createLoyaltyLedgerReceiver(SECRET, store));
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const locked = await post(url);
      const text = await locked.text();
      expect([locked.status, locked.headers.get('retry-after'), text]).toEqual([
        503,
        '1',
        '{"error":"temporarily unavailable, retry later"}',
      ]);
      expect((await fetch(url.replace(WEBHOOK_PATH, HEALTH_PATH))).status).toBe(200);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await post(url)).status).toBe(202);
    expect((await post(url)).status).toBe(200);
    expect(store.count()).toBe(1);
    store.close();
  });
});
