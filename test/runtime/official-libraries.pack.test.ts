import { Webhooks } from '@octokit/webhooks';
import { sign as octokitSign, verify as octokitVerify, verifyWithFallback } from '@octokit/webhooks-methods';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import type { SignatureError } from '../../scripts/runtime/errors.js';
import { signatureHeaders, verifyWebhookSignature } from '../../scripts/runtime/signature.js';
import { SIGNATURE_PRESETS } from '../../scripts/runtime/signature-scheme.js';

/**
 * issue 22 "Done when": each preset against its official library, both directions. The library's signature
 * is accepted by the toolkit's runtime (what the package ships); tampered, wrong-secret and stale deliveries
 * are refused by both; rotation works with several secrets and several signatures; what the toolkit signs
 * is accepted by the library. Plain unit tests (no pack needed): the package bundles these very modules.
 */
const body = JSON.stringify({ type: 'invoice.paid', data: { id: 'inv_1', amount: 1200 } });
const tampered = body.replace('1200', '1');
const now = Math.floor(Date.now() / 1000);
const whsec = (text: string) => `whsec_${Buffer.from(text.padEnd(32, '.')).toString('base64')}`;

/** The runtime's verdict: 'ok' or the SignatureError's reason. */
function ours(
  payload: string,
  headers: Record<string, string>,
  secret: string | string[],
  scheme: keyof typeof SIGNATURE_PRESETS,
  at = now,
): string {
  try {
    verifyWebhookSignature(payload, headers, secret, SIGNATURE_PRESETS[scheme], at);
    return 'ok';
  } catch (error) {
    return (error as SignatureError).reason ?? String(error);
  }
}

function refuses(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch {
    return true;
  }
}

describe('standard-webhooks: the standardwebhooks library', () => {
  const secret = whsec('current key');
  const old = whsec('old key');
  const lib = new StandardWebhook(secret);
  const signed = (payload: string, at = now, key = lib) => ({
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(at),
    'webhook-signature': key.sign('msg_1', new Date(at * 1000), payload),
  });

  it("accepts the library's signature; refuses tampered, wrong-secret and stale as the library does", () => {
    expect(ours(body, signed(body), secret, 'standard-webhooks')).toBe('ok');
    expect([ours(tampered, signed(body), secret, 'standard-webhooks'), refuses(() => lib.verify(tampered, signed(body)))]).toEqual([
      'mismatch',
      true,
    ]);
    expect([
      ours(body, signed(body), old, 'standard-webhooks'),
      refuses(() => new StandardWebhook(old).verify(body, signed(body))),
    ]).toEqual(['mismatch', true]);
    const stale = signed(body, now - 301);
    expect([ours(body, stale, secret, 'standard-webhooks'), refuses(() => lib.verify(body, stale))]).toEqual(['stale', true]);
  });

  it('rotation: several secrets on our side, several signatures in the header', () => {
    expect(ours(body, signed(body, now, new StandardWebhook(old)), [secret, old], 'standard-webhooks')).toBe('ok');
    const both = signatureHeaders(body, [secret, old], { scheme: SIGNATURE_PRESETS['standard-webhooks'], id: 'msg_1', timestamp: now });
    expect(lib.verify(body, both)).toEqual(JSON.parse(body));
    expect(new StandardWebhook(old).verify(body, both)).toEqual(JSON.parse(body));
  });

  it('what the toolkit signs, the library accepts', () => {
    const headers = signatureHeaders(body, secret, { scheme: SIGNATURE_PRESETS['standard-webhooks'], id: 'msg_9', timestamp: now });
    expect(lib.verify(body, headers)).toEqual(JSON.parse(body));
  });
});

describe('standard-webhooks as Svix sends it: the svix library (svix-* headers)', () => {
  const secret = whsec('svix key');
  const lib = new SvixWebhook(secret);
  const svixHeaders = (payload: string, at = now) => ({
    'svix-id': 'msg_s',
    'svix-timestamp': String(at),
    'svix-signature': lib.sign('msg_s', new Date(at * 1000), payload),
  });

  it("accepts svix's signature under svix-* headers; refuses tampered, wrong-secret and stale as svix does", () => {
    expect(ours(body, svixHeaders(body), secret, 'standard-webhooks')).toBe('ok');
    expect([
      ours(tampered, svixHeaders(body), secret, 'standard-webhooks'),
      refuses(() => lib.verify(tampered, svixHeaders(body))),
    ]).toEqual(['mismatch', true]);
    const other = whsec('another');
    expect([
      ours(body, svixHeaders(body), other, 'standard-webhooks'),
      refuses(() => new SvixWebhook(other).verify(body, svixHeaders(body))),
    ]).toEqual(['mismatch', true]);
    expect([
      ours(body, svixHeaders(body, now - 301), secret, 'standard-webhooks'),
      refuses(() => lib.verify(body, svixHeaders(body, now - 301))),
    ]).toEqual(['stale', true]);
  });

  it('what the toolkit signs, svix accepts', () => {
    const headers = signatureHeaders(body, secret, { scheme: SIGNATURE_PRESETS['standard-webhooks'], id: 'msg_t', timestamp: now });
    expect(lib.verify(body, headers)).toEqual(JSON.parse(body));
  });
});

describe('github: @octokit/webhooks-methods and @octokit/webhooks', () => {
  const secret = 'github secret';
  const old = 'old github secret';

  it("accepts the library's signature; refuses tampered and wrong-secret as the library does (GitHub signs no timestamp: nothing is stale)", async () => {
    const signature = await octokitSign(secret, body);
    expect(ours(body, { 'x-hub-signature-256': signature }, secret, 'github')).toBe('ok');
    expect([
      ours(tampered, { 'x-hub-signature-256': signature }, secret, 'github'),
      await octokitVerify(secret, tampered, signature),
    ]).toEqual(['mismatch', false]);
    expect([ours(body, { 'x-hub-signature-256': signature }, old, 'github'), await octokitVerify(old, body, signature)]).toEqual([
      'mismatch',
      false,
    ]);
  });

  it('rotation: additionalSecrets there, a list of secrets here', async () => {
    const signature = await octokitSign(old, body);
    expect(await verifyWithFallback(secret, body, signature, [old])).toBe(true);
    expect(ours(body, { 'x-hub-signature-256': signature }, [secret, old], 'github')).toBe('ok');
    // @octokit/webhooks applies additionalSecrets in verifyAndReceive (its verify() knows one secret).
    const webhooks = new Webhooks({ secret, additionalSecrets: [old] });
    const received: string[] = [];
    webhooks.onAny(({ name }) => {
      received.push(name);
    });
    await webhooks.verifyAndReceive({ id: 'd1', name: 'ping', payload: body, signature });
    expect(received).toEqual(['ping']);
    await expect(webhooks.verifyAndReceive({ id: 'd2', name: 'ping', payload: tampered, signature })).rejects.toThrow(
      /signature does not match/,
    );
  });

  it('what the toolkit signs, both libraries accept', async () => {
    const headers = signatureHeaders(body, secret, { scheme: SIGNATURE_PRESETS.github });
    const signature = headers['X-Hub-Signature-256'] as string;
    expect(await octokitVerify(secret, body, signature)).toBe(true);
    expect(await new Webhooks({ secret }).verify(body, signature)).toBe(true);
  });
});

describe('stripe: constructEvent and generateTestHeaderString', () => {
  const stripe = new Stripe('sk_test_not_used'); // no request is made: webhooks are checked locally
  const secret = 'whsec_stripe_secret';
  const old = 'whsec_old_stripe_secret';
  const header = (payload: string, key = secret, timestamp = now) =>
    stripe.webhooks.generateTestHeaderString({ payload, secret: key, timestamp });

  it("accepts stripe's header; refuses tampered, wrong-secret and stale as constructEvent does", () => {
    expect(ours(body, { 'stripe-signature': header(body) }, secret, 'stripe')).toBe('ok');
    expect([
      ours(tampered, { 'stripe-signature': header(body) }, secret, 'stripe'),
      refuses(() => stripe.webhooks.constructEvent(tampered, header(body), secret)),
    ]).toEqual(['mismatch', true]);
    expect([
      ours(body, { 'stripe-signature': header(body) }, old, 'stripe'),
      refuses(() => stripe.webhooks.constructEvent(body, header(body), old)),
    ]).toEqual(['mismatch', true]);
    const stale = header(body, secret, now - 301);
    expect([
      ours(body, { 'stripe-signature': stale }, secret, 'stripe'),
      refuses(() => stripe.webhooks.constructEvent(body, stale, secret)),
    ]).toEqual(['stale', true]);
  });

  it('rotation: a header with two v1= signatures (Stripe sends both while an endpoint secret rolls)', () => {
    const both = signatureHeaders(body, [secret, old], { scheme: SIGNATURE_PRESETS.stripe, timestamp: now })['Stripe-Signature'] as string;
    expect(both.split(',').filter((p) => p.startsWith('v1='))).toHaveLength(2);
    expect(stripe.webhooks.constructEvent(body, both, old).type).toBe('invoice.paid');
    expect(stripe.webhooks.constructEvent(body, both, secret).type).toBe('invoice.paid');
    expect(ours(body, { 'stripe-signature': header(body, old) }, [secret, old], 'stripe')).toBe('ok');
  });

  it('what the toolkit signs, constructEvent accepts', () => {
    const headers = signatureHeaders(body, secret, { scheme: SIGNATURE_PRESETS.stripe, timestamp: now });
    expect(stripe.webhooks.constructEvent(body, headers['Stripe-Signature'] as string, secret).type).toBe('invoice.paid');
  });
});

describe('voucherify: @voucherify/sdk', () => {
  it('offers no signature check to compare with (2.9.0 exports none; when one appears, add both directions here)', async () => {
    const sdk = (await import('@voucherify/sdk')).default as Record<string, unknown>;
    expect(Object.keys(sdk).filter((name) => /signature|webhook/i.test(name))).toEqual([]);
  });
});
