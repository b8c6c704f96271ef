import { describe, expect, it } from 'vitest';
import { signWebhook, verifySignature } from '../../scripts/runtime/signature.js';

const VECTORS: Array<[string, { secret: string; body: string; want: string }]> = [
  [
    'the documented example',
    { secret: 'secret-signature-key', body: '{"test":"test1"}', want: '5547d4d07430a2d1b77649564c68d80afe591f7cc61ca110bccb442e3205eeec' },
  ],
  [
    'a second known vector',
    { secret: 'secretKey', body: '{"a":1}', want: 'a17d2ac229d1ebbb5f10e839c7985c4818e5986eab297f7e5979196d4d7d3ed2' },
  ],
];

describe('signWebhook', () => {
  it.each(VECTORS)('signs %s as lowercase hex HMAC-SHA256', (_name, { secret, body, want }) => {
    expect(signWebhook(body, secret)).toBe(want);
    expect(signWebhook(Buffer.from(body), Buffer.from(secret))).toBe(want);
    expect(signWebhook(new TextEncoder().encode(body), secret)).toBe(want);
  });

  it('refuses an empty secret (a configuration bug, not a bad request)', () => {
    expect(() => signWebhook('{}', '')).toThrow(TypeError);
  });
});

describe('verifySignature', () => {
  const [, { secret, body, want }] = VECTORS[0] as (typeof VECTORS)[number];

  it.each(VECTORS)('accepts %s', (_name, v) => {
    expect(() => verifySignature(v.body, v.want, v.secret)).not.toThrow();
    expect(() => verifySignature(Buffer.from(v.body), [v.want], v.secret)).not.toThrow();
  });

  const refused: Array<[string, { body: string; header: string | string[] | undefined; reason: string; message: RegExp }]> = [
    [
      'a one-byte change in the body',
      { body: body.replace('1', '2'), header: want, reason: 'mismatch', message: /does not match the body/ },
    ],
    [
      'a one-character change in the signature',
      { body, header: `${want.slice(0, -1)}${want.endsWith('e') ? 'f' : 'e'}`, reason: 'mismatch', message: /does not match/ },
    ],
    ['a wrong-length header', { body, header: want.slice(0, 62), reason: 'malformed', message: /not 64 lowercase hexadecimal/ }],
    ['a too-long header', { body, header: `${want}00`, reason: 'malformed', message: /not 64 lowercase hexadecimal/ }],
    ['uppercase hex (the spec says lowercase)', { body, header: want.toUpperCase(), reason: 'malformed', message: /lowercase/ }],
    ['a "sha256=" prefix', { body, header: `sha256=${want}`, reason: 'malformed', message: /not 64 lowercase/ }],
    ['a missing header', { body, header: undefined, reason: 'missing', message: /X-Voucherify-Signature header is missing/ }],
    ['an empty header', { body, header: '', reason: 'missing', message: /is missing/ }],
    ['a header sent twice', { body, header: [want, want], reason: 'malformed', message: /sent 2 times/ }],
  ];
  it.each(refused)('refuses %s', (_name, { body: b, header, reason, message }) => {
    expect(() => verifySignature(b, header, secret)).toThrow(
      expect.objectContaining({ name: 'SignatureError', reason, message: expect.stringMatching(message) }),
    );
  });

  it('refuses a signature made with another secret', () => {
    expect(() => verifySignature(body, signWebhook(body, 'other'), secret)).toThrow(expect.objectContaining({ reason: 'mismatch' }));
  });
});
