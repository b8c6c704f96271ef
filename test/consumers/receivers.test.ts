import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoyaltyLedgerReceiver } from '../../contracts/consumers/loyalty-ledger/receiver.js';
import { MemoryLedgerStore } from '../../contracts/consumers/loyalty-ledger/store.js';
import { MemoryOutbox } from '../../contracts/consumers/reward-mailer/handler.js';
import { createRewardMailerReceiver } from '../../contracts/consumers/reward-mailer/receiver.js';
import { DEFAULT_SPEC } from '../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { signWebhook } from '../../scripts/index.js';
import { SECRET, start } from '../helpers/receivers.js';

const outbox = new MemoryOutbox();
const ledger = new MemoryLedgerStore();
const receivers: Record<string, { url: string; stop: () => Promise<void> }> = {};
let example: string;

beforeAll(async () => {
  const spec = await loadSpec(DEFAULT_SPEC);
  const completed = spec.events.find((e) => e.type === 'customer.reward_redemptions.completed');
  example = JSON.stringify(completed?.body?.examples[0]?.value);
  receivers['reward-mailer'] = await start(createRewardMailerReceiver(SECRET, outbox));
  receivers['loyalty-ledger'] = await start(createLoyaltyLedgerReceiver(SECRET, ledger));
});
afterAll(async () => {
  for (const r of Object.values(receivers)) await r.stop();
});

async function post(
  url: string,
  body: string | Buffer,
  signature = signWebhook(body, SECRET),
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-voucherify-signature': signature },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Streams a body without Content-Length, chunk by chunk, and counts how much the server let through. */
function streamLarge(url: string, chunks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'x-voucherify-signature': '0'.repeat(64) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe.each(['reward-mailer', 'loyalty-ledger'])('%s receiver over HTTP', (name) => {
  const url = () => receivers[name]?.url as string;

  it('answers 202 to a signed documented payload, then 200 to the same delivery again', async () => {
    expect((await post(url(), example)).status).toBe(202);
    expect(await post(url(), example)).toEqual({ status: 200, body: { status: 'duplicate' } });
  });

  it.each([
    ['a bad signature', () => [example, 'f'.repeat(64)] as const, 401, 'SignatureError'],
    ['a missing signature', () => [example, ''] as const, 401, 'SignatureError'],
    ['malformed JSON', () => ['{"customer": ', undefined] as const, 400, 'MalformedJsonError'],
    ['a payload the spec does not allow', () => ['{"customer": {}}', undefined] as const, 400, 'PayloadError'],
  ])('answers %s with %i', async (_case, make, status, error) => {
    const [body, signature] = make();
    const response = await post(url(), body, signature);
    expect(response.status).toBe(status);
    expect(response.body.error).toBe(error);
  });

  it('answers 413 to a body over 1 MiB announced by Content-Length, without reading it', async () => {
    const response = await post(url(), Buffer.alloc(1024 * 1024 + 1, 0x20));
    expect(response).toEqual({ status: 413, body: { error: 'body larger than 1048576 bytes' } });
  });

  it('answers 413 to a streamed body once it passes 1 MiB', async () => {
    expect(await streamLarge(url(), 64)).toBe(413);
  });

  it('answers 405 to GET and 404 elsewhere', async () => {
    expect((await fetch(url())).status).toBe(405);
    expect((await fetch(url().replace('/webhooks/voucherify', '/other'), { method: 'POST' })).status).toBe(404);
  });
});

describe('what the handlers did with the documented payload', () => {
  it('the mailer composed one message, kept for a customer without email', () => {
    expect(outbox.messages).toEqual([
      {
        redemptionId: 'rewr_N5xhKgV5tJBmJxrtb5YB7V3q',
        to: null,
        subject: 'Your reward "10% discount coupon" is ready',
        text: 'Hello John Demo,\n\nyour reward "10% discount coupon" is ready.\nUse the code tKSTdVk2 for 10% off.',
        voucherCode: 'tKSTdVk2',
        discount: '10% off',
        publicationId: 'pub_wTfqQlLXnV5VCaBaswHnTOpdjAr8L4l7',
      },
    ]);
  });

  it('the ledger recorded the points once', () => {
    expect(ledger.all()).toEqual([
      {
        redemptionId: 'rewr_N5xhKgV5tJBmJxrtb5YB7V3q',
        redeemedAt: '2024-05-13T12:26:06.250Z',
        customerId: 'cust_2myfc5acSBgoMV72R5tyTBc8',
        loyaltyCardId: 'v_p7NP2qmQaMXsNHzb9ujPVjqgDJzJ2ccQ',
        pointsSpent: 100,
        cardPoints: 270,
        cardBalance: 70,
      },
    ]);
  });
});
