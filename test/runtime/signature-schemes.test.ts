import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureHeaders, signWebhook, verifyWebhookSignature } from '../../scripts/runtime/signature.js';
import { resolveSignatureScheme, SIGNATURE_PRESETS, type SignatureScheme } from '../../scripts/runtime/signature-scheme.js';

const { github, stripe, voucherify } = SIGNATURE_PRESETS;
const standard = SIGNATURE_PRESETS['standard-webhooks'];

/** Standard Webhooks' own vector: the test "sign function works" of that project's JavaScript library. */
const SW = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  want: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
/** GitHub's documented vector ("Validating webhook deliveries"). */
const GH = {
  secret: "It's a Secret to Everybody",
  body: 'Hello, World!',
  want: 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
};
/** Stripe's documented scheme: HMAC-SHA256 hex of `${t}.${body}`, keyed with the whole `whsec_` string. */
const ST = { secret: 'whsec_test_secret', timestamp: 1492774577, body: '{"id":"evt_1"}' };
const stripeHex = createHmac('sha256', ST.secret).update(`${ST.timestamp}.${ST.body}`).digest('hex');

describe('published vectors', () => {
  it("signs GitHub's documented example", () => {
    expect(signWebhook(GH.body, GH.secret, { scheme: github })).toBe(GH.want);
    expect(() => verifyWebhookSignature(GH.body, { 'x-hub-signature-256': GH.want }, GH.secret, github)).not.toThrow();
  });

  it("signs Standard Webhooks' test vector, with and without the whsec_ prefix", () => {
    expect(signWebhook(SW.body, SW.secret, { scheme: standard, id: SW.id, timestamp: SW.timestamp })).toBe(SW.want);
    expect(signWebhook(SW.body, SW.secret.slice(6), { scheme: standard, id: SW.id, timestamp: SW.timestamp })).toBe(SW.want);
  });

  it("verifies Standard Webhooks' vector, among several signatures in one header (key rotation)", () => {
    const headers = {
      'webhook-id': SW.id,
      'webhook-timestamp': String(SW.timestamp),
      'webhook-signature': `v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= ${SW.want}`,
    };
    expect(() => verifyWebhookSignature(SW.body, headers, SW.secret, standard, SW.timestamp + 10)).not.toThrow();
  });

  it('signs and verifies Stripe\'s scheme: t=…,v1=<hex of "t.body">', () => {
    const header = signWebhook(ST.body, ST.secret, { scheme: stripe, timestamp: ST.timestamp });
    expect(header).toBe(`t=${ST.timestamp},v1=${stripeHex}`);
    const received = { 'stripe-signature': `t=${ST.timestamp},v1=${'0'.repeat(64)},v1=${stripeHex},v0=abc` };
    expect(() => verifyWebhookSignature(ST.body, received, ST.secret, stripe, ST.timestamp)).not.toThrow();
  });

  it("keeps Voucherify's documented example", () => {
    expect(signWebhook('{"test":"test1"}', 'secret-signature-key', { scheme: voucherify })).toBe(
      '5547d4d07430a2d1b77649564c68d80afe591f7cc61ca110bccb442e3205eeec',
    );
  });
});

const swHeaders = (over: Record<string, string | undefined> = {}) => ({
  'webhook-id': SW.id,
  'webhook-timestamp': String(SW.timestamp),
  'webhook-signature': SW.want,
  ...over,
});

describe('verifyWebhookSignature refuses', () => {
  const cases: Array<
    [
      string,
      {
        scheme: SignatureScheme;
        body: string;
        headers: Record<string, string | undefined>;
        secret: string;
        now: number;
        reason: string;
        message: string;
      },
    ]
  > = [
    [
      'a missing webhook-id',
      {
        scheme: standard,
        body: SW.body,
        headers: swHeaders({ 'webhook-id': undefined }),
        secret: SW.secret,
        now: SW.timestamp,
        reason: 'missing',
        message: 'the webhook-id header is missing',
      },
    ],
    [
      'a missing timestamp',
      {
        scheme: standard,
        body: SW.body,
        headers: swHeaders({ 'webhook-timestamp': undefined }),
        secret: SW.secret,
        now: SW.timestamp,
        reason: 'missing',
        message: 'the webhook-timestamp header is missing',
      },
    ],
    [
      'a timestamp that is not a number',
      {
        scheme: standard,
        body: SW.body,
        headers: swHeaders({ 'webhook-timestamp': 'hello' }),
        secret: SW.secret,
        now: SW.timestamp,
        reason: 'malformed',
        message: 'the webhook-timestamp timestamp is not whole seconds since 1970',
      },
    ],
    [
      'an old timestamp',
      {
        scheme: standard,
        body: SW.body,
        headers: swHeaders(),
        secret: SW.secret,
        now: SW.timestamp + 301,
        reason: 'stale',
        message: 'the webhook-timestamp timestamp is more than 300 s from now (a replay, or a wrong clock)',
      },
    ],
    [
      'a timestamp in the future',
      {
        scheme: standard,
        body: SW.body,
        headers: swHeaders(),
        secret: SW.secret,
        now: SW.timestamp - 301,
        reason: 'stale',
        message: 'the webhook-timestamp timestamp is more than 300 s from now (a replay, or a wrong clock)',
      },
    ],
    [
      'a partial signature',
      {
        scheme: standard,
        body: SW.body,
        headers: swHeaders({ 'webhook-signature': 'v1,' }),
        secret: SW.secret,
        now: SW.timestamp,
        reason: 'malformed',
        message: 'the webhook-signature header is not "v1," followed by 32 bytes in base64',
      },
    ],
    [
      'a changed id',
      {
        scheme: standard,
        body: SW.body,
        headers: swHeaders({ 'webhook-id': 'msg_other' }),
        secret: SW.secret,
        now: SW.timestamp,
        reason: 'mismatch',
        message: 'the webhook-signature header does not match the body (wrong secret, or the body was changed)',
      },
    ],
    [
      'GitHub without its prefix',
      {
        scheme: github,
        body: GH.body,
        headers: { 'x-hub-signature-256': GH.want.slice(7) },
        secret: GH.secret,
        now: 0,
        reason: 'malformed',
        message: 'the X-Hub-Signature-256 header is not "sha256=" followed by 64 lowercase hexadecimal characters',
      },
    ],
    [
      'GitHub with another secret',
      {
        scheme: github,
        body: GH.body,
        headers: { 'x-hub-signature-256': GH.want },
        secret: 'guess',
        now: 0,
        reason: 'mismatch',
        message: 'the X-Hub-Signature-256 header does not match the body (wrong secret, or the body was changed)',
      },
    ],
    [
      'Stripe without t=',
      {
        scheme: stripe,
        body: ST.body,
        headers: { 'stripe-signature': `v1=${stripeHex}` },
        secret: ST.secret,
        now: ST.timestamp,
        reason: 'missing',
        message: 'the Stripe-Signature t= timestamp is missing',
      },
    ],
  ];
  it.each(cases)('%s', (_name, { scheme, body, headers, secret, now, reason, message }) => {
    expect(() => verifyWebhookSignature(body, headers as Record<string, string>, secret, scheme, now)).toThrow(
      expect.objectContaining({ name: 'SignatureError', reason, message }),
    );
  });
});

describe('signatureHeaders', () => {
  it('writes the id and timestamp headers the scheme signs', () => {
    expect(signatureHeaders(SW.body, SW.secret, { scheme: standard, id: SW.id, timestamp: SW.timestamp })).toEqual(swHeaders());
  });
});

describe('resolveSignatureScheme', () => {
  it.each(Object.keys(SIGNATURE_PRESETS))('resolves the preset %s by name', (name) => {
    expect(resolveSignatureScheme(name)).toEqual({ scheme: SIGNATURE_PRESETS[name as keyof typeof SIGNATURE_PRESETS] });
  });

  it('overrides a preset field by field', () => {
    expect(resolveSignatureScheme({ preset: 'github', header: 'X-Signature' })).toEqual({ scheme: { ...github, header: 'X-Signature' } });
  });

  const bad: Array<[string, { given: unknown; want: { pointer: string; message: string } }]> = [
    [
      'an unknown preset',
      { given: 'paypal', want: { pointer: '', message: 'must be one of voucherify, standard-webhooks, github, stripe' } },
    ],
    [
      'an unknown field',
      {
        given: { preset: 'github', hedaer: 'x' },
        want: { pointer: '/hedaer', message: expect.stringMatching(/^unknown field "hedaer" \(known: preset, header/) },
      },
    ],
    [
      'a bad algorithm',
      { given: { preset: 'github', algorithm: 'md5' }, want: { pointer: '/algorithm', message: 'must be one of sha256, sha512' } },
    ],
    [
      'no header and no preset',
      { given: { algorithm: 'sha256', encoding: 'hex' }, want: { pointer: '', message: 'needs "header" (or a "preset")' } },
    ],
    [
      'a signed timestamp without its header',
      {
        given: { header: 'X-Sig', algorithm: 'sha256', encoding: 'hex', signed: 'timestamp.body' },
        want: { pointer: '/signed', message: '"timestamp.body" needs "timestampHeader" or "timestampParam"' },
      },
    ],
    [
      'a list',
      {
        given: ['github'],
        want: { pointer: '', message: 'must be a preset name (voucherify, standard-webhooks, github, stripe) or an object' },
      },
    ],
  ];
  it.each(bad)('refuses %s, saying where', (_name, { given, want }) => {
    expect(resolveSignatureScheme(given)).toEqual({ problem: want });
  });
});
