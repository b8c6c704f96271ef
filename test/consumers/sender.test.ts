import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPRESSED_SCHEDULE, createSenderAgent, deliver, deliverAll, NO_RETRY, retryDelay } from '../../contracts/shared/sender.js';
import { listen } from '../../contracts/shared/webhook-receiver.js';
import { signWebhook } from '../../scripts/index.js';
import { deadUrl, hangingServer, SECRET, start } from '../helpers/receivers.js';

const FAST = { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 };
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** A server answering the given statuses in turn (the last one for ever), recording what it was sent. */
async function scripted(statuses: number[]): Promise<{ url: string; seen: Array<{ body: string; signature: string }> }> {
  const seen: Array<{ body: string; signature: string }> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({ body, signature: String(request.headers['x-voucherify-signature']) });
      response.writeHead(statuses[Math.min(seen.length, statuses.length) - 1] as number).end();
    });
  });
  const running = await start(server);
  stops.push(running.stop);
  return { url: running.url, seen };
}

describe('retryDelay', () => {
  it.each([
    [1, 50],
    [2, 100],
    [3, 200],
    [5, 800],
    [6, 1000],
    [29, 1000],
  ])('waits, after attempt %i of the compressed schedule, %i ms', (attempt, ms) => {
    expect(retryDelay(COMPRESSED_SCHEDULE, attempt)).toBe(ms);
  });
});

describe('deliver', () => {
  it('signs the body with the secret and stops at the first 2xx', async () => {
    const server = await scripted([202]);
    const result = await deliver(server.url, { body: '{"a":1}' }, { secret: SECRET, retry: FAST });
    expect(result).toMatchObject({ status: 202, attempts: 1 });
    expect(server.seen).toEqual([{ body: '{"a":1}', signature: signWebhook('{"a":1}', SECRET) }]);
  });

  it('retries a non-2xx answer until a 2xx, sending the same signed body each time', async () => {
    const server = await scripted([500, 401, 202]);
    expect(await deliver(server.url, { body: 'x' }, { secret: SECRET, retry: FAST })).toMatchObject({ status: 202, attempts: 3 });
    expect(new Set(server.seen.map((s) => `${s.body} ${s.signature}`)).size).toBe(1);
  });

  it('gives up after the last attempt and reports the last answer', async () => {
    const server = await scripted([503]);
    expect(await deliver(server.url, { body: 'x' }, { secret: SECRET, retry: FAST })).toMatchObject({ status: 503, attempts: 4 });
  });

  it('sends the given signature instead of signing', async () => {
    const server = await scripted([401]);
    await deliver(server.url, { body: 'x', signature: 'f'.repeat(64) }, { secret: SECRET, retry: NO_RETRY });
    expect(server.seen).toEqual([{ body: 'x', signature: 'f'.repeat(64) }]);
  });

  it('retries a refused connection, and reports it when nothing ever listens', async () => {
    const result = await deliver(await deadUrl(), { body: 'x' }, { secret: SECRET, retry: FAST });
    expect(result).toMatchObject({ status: null, attempts: 4, error: expect.stringContaining('ECONNREFUSED') });
  });

  it('counts no answer within the timeout as a failure', async () => {
    const running = await start(hangingServer());
    stops.push(running.stop);
    const result = await deliver(running.url, { body: 'x' }, { secret: SECRET, retry: { ...FAST, attempts: 2 }, timeoutMs: 50 });
    expect(result).toMatchObject({ status: null, attempts: 2, error: 'no answer within 50 ms' });
  });

  it('reaches a receiver that starts listening while the sender retries', async () => {
    const url = await deadUrl();
    const server: Server = createServer((_request, response) => response.writeHead(202).end());
    stops.push(() => new Promise((resolve) => server.close(() => resolve())));
    setTimeout(() => listen(server, Number(new URL(url).port)), 60);
    const result = await deliver(url, { body: 'x' }, { secret: SECRET, retry: COMPRESSED_SCHEDULE });
    expect(result.status).toBe(202);
    expect(result.attempts).toBeGreaterThan(1);
  });
});

describe('deliverAll', () => {
  it('delivers every item once over keep-alive connections, results in order', async () => {
    const server = await scripted([202]);
    const agent = createSenderAgent(4);
    const bodies = Array.from({ length: 20 }, (_, i) => ({ body: `{"n":${i}}` }));
    const results = await deliverAll(server.url, bodies, { concurrency: 4, secret: SECRET, agent });
    agent.destroy();
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(202));
    expect(server.seen.map((s) => s.body).sort()).toEqual(bodies.map((b) => b.body).sort());
  });
});
