import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MalformedJsonError, PayloadError, SignatureError, UnknownEventError } from '../../scripts/runtime/errors.js';
import { parseWebhook } from '../../scripts/runtime/parse-webhook.js';
import { signWebhook } from '../../scripts/runtime/signature.js';
import { EVENT_TYPES } from '../../scripts/runtime/validate-webhook.js';
import { COMPLETED, completedExample, setAt } from '../helpers/examples.js';

const SECRET = 'whsec-test';
const DOCUMENTED = [SignatureError, MalformedJsonError, PayloadError, UnknownEventError];

/** A delivery as Node's http module would hand it over. */
function delivery(body: string | Uint8Array, eventType?: string) {
  return { rawBody: body, headers: { 'x-voucherify-signature': signWebhook(body, SECRET) }, secret: SECRET, eventType };
}

let example: Record<string, unknown>;
let body: string;
beforeAll(async () => {
  example = await completedExample();
  body = JSON.stringify(example);
});

describe('parseWebhook', () => {
  it.each([
    ['a Buffer', (b: string) => Buffer.from(b)],
    ['a Uint8Array', (b: string) => new TextEncoder().encode(b)],
    ['a string', (b: string) => b],
  ])('returns the typed event for a signed, valid body given as %s', (_name, toBody) => {
    const event = parseWebhook(delivery(toBody(body), COMPLETED));
    expect(event).toEqual({ type: COMPLETED, payload: example });
    // Typed by the event map: this line would not compile if `payload` were `unknown`.
    expect(event.payload.reward_redemption.state).toBe('COMPLETED');
  });

  it('accepts Fetch Headers', () => {
    const headers = new Headers({ 'X-Voucherify-Signature': signWebhook(body, SECRET) });
    expect(parseWebhook({ rawBody: body, headers, secret: SECRET, eventType: COMPLETED }).type).toBe(COMPLETED);
  });

  it('asks for eventType when the body fits several events (created, pending and completed bodies are alike)', () => {
    expect(() => parseWebhook(delivery(body))).toThrow(
      expect.objectContaining({
        name: 'UnknownEventError',
        eventType: undefined,
        message: expect.stringMatching(/fits 3 event types .*pass eventType/),
      }),
    );
  });

  it('without eventType, names the closest event when the body fits none', () => {
    const payload = structuredClone(example);
    setAt(payload, '/reward_redemption/state', 'REFUNDED');
    expect(() => parseWebhook(delivery(JSON.stringify(payload)))).toThrow(
      expect.objectContaining({
        name: 'PayloadError',
        eventType: 'customer.reward_redemptions.created',
        problems: [{ pointer: '/reward_redemption/state', keyword: 'enum', message: expect.stringMatching(/^must be one of/) }],
      }),
    );
  });

  const failures: Array<[string, { given: () => Parameters<typeof parseWebhook>[0]; want: Record<string, unknown> }]> = [
    [
      'an unknown event type (before anything else)',
      {
        given: () => ({ ...delivery(body), eventType: 'customer.created', secret: 'wrong' }),
        want: { name: 'UnknownEventError', knownTypes: [...EVENT_TYPES] },
      },
    ],
    [
      'a wrong secret',
      { given: () => ({ ...delivery(body, COMPLETED), secret: 'other' }), want: { name: 'SignatureError', reason: 'mismatch' } },
    ],
    [
      'a missing signature',
      { given: () => ({ ...delivery(body, COMPLETED), headers: {} }), want: { name: 'SignatureError', reason: 'missing' } },
    ],
    [
      'a body changed after signing',
      {
        given: () => ({ ...delivery(body, COMPLETED), rawBody: body.replace('John', 'Joan') }),
        want: { name: 'SignatureError', reason: 'mismatch' },
      },
    ],
    [
      'a signed body that is not JSON',
      {
        given: () => delivery('{"customer":', COMPLETED),
        want: { name: 'MalformedJsonError', message: expect.stringMatching(/^the body is not valid JSON: /) },
      },
    ],
    [
      'a signed body that is not UTF-8',
      {
        given: () => delivery(Uint8Array.from([0x7b, 0xff, 0x7d]), COMPLETED),
        want: { name: 'MalformedJsonError', message: 'the body is not valid UTF-8 text' },
      },
    ],
    [
      'a signed body that breaks the schema',
      {
        given: () => delivery(body.replace('"COMPLETED"', '"DONE"'), COMPLETED),
        want: {
          name: 'PayloadError',
          eventType: COMPLETED,
          problems: [
            {
              pointer: '/reward_redemption/state',
              keyword: 'enum',
              message: 'must be one of "CREATED", "PENDING", "COMPLETED", "ROLLEDBACK"',
            },
          ],
        },
      },
    ],
    [
      'a signed body nested 100,000 levels deep',
      {
        given: () => delivery(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, COMPLETED),
        want: {
          name: 'MalformedJsonError',
          reason: 'depth',
          message: 'the body nests deeper than 512 levels (a payload this deep is not supported)',
        },
      },
    ],
    [
      'a signed object body nested 20,000 levels deep (no RangeError from the validator)',
      {
        given: () => delivery(`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, COMPLETED),
        want: { name: 'MalformedJsonError', reason: 'depth' },
      },
    ],
  ];
  it.each(failures)('refuses %s', (_name, { given, want }) => {
    expect(() => parseWebhook(given())).toThrow(expect.objectContaining(want));
  });

  it('keeps a "__proto__" key as data: no prototype is changed', () => {
    const payload = body
      .replace('"metadata":{}', '"metadata":{"__proto__":{"polluted":true}}')
      .replace('{', '{"__proto__":{"polluted":true},');
    const { payload: parsed } = parseWebhook(delivery(payload, COMPLETED));
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed.voucher.metadata ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((parsed as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a body that was already parsed, saying why', () => {
    expect(() => parseWebhook({ ...delivery(body, COMPLETED), rawBody: example as never })).toThrow(/already parsed by a JSON middleware/);
  });

  const hostileHeaders: Array<[string, { value: unknown; want: { name: string; reason: string; message: string } }]> = [
    ['null', { value: null, want: { name: 'SignatureError', reason: 'missing', message: 'the X-Voucherify-Signature header is missing' } }],
    [
      '[null]',
      { value: [null], want: { name: 'SignatureError', reason: 'malformed', message: 'the X-Voucherify-Signature header is not text' } },
    ],
    [
      'a number',
      { value: 42, want: { name: 'SignatureError', reason: 'malformed', message: 'the X-Voucherify-Signature header is not text' } },
    ],
    [
      'an object',
      { value: { a: 1 }, want: { name: 'SignatureError', reason: 'malformed', message: 'the X-Voucherify-Signature header is not text' } },
    ],
    [
      'an empty list',
      { value: [], want: { name: 'SignatureError', reason: 'missing', message: 'the X-Voucherify-Signature header is missing' } },
    ],
  ];
  it.each(hostileHeaders)('refuses a signature header value of %s with a documented SignatureError', (_name, { value, want }) => {
    const headers = { 'x-voucherify-signature': value } as never;
    expect(() => parseWebhook({ rawBody: body, headers, secret: SECRET, eventType: COMPLETED })).toThrow(expect.objectContaining(want));
  });

  const wrongArguments: Array<[string, { given: () => unknown; message: string }]> = [
    [
      'headers of null',
      {
        given: () => ({ rawBody: body, headers: null, secret: SECRET }),
        message: "headers must be the request's headers (a record such as request.headers, or Fetch Headers), not null",
      },
    ],
    [
      'headers of a string',
      {
        given: () => ({ rawBody: body, headers: 'x', secret: SECRET }),
        message: "headers must be the request's headers (a record such as request.headers, or Fetch Headers), not a string",
      },
    ],
    [
      'a rawBody of a number',
      {
        given: () => ({ rawBody: 42, headers: {}, secret: SECRET }),
        message: 'rawBody must be the raw body (Buffer, Uint8Array or string), not a number: was it already parsed by a JSON middleware?',
      },
    ],
    [
      'a rawBody of null',
      {
        given: () => ({ rawBody: null, headers: {}, secret: SECRET }),
        message: 'rawBody must be the raw body (Buffer, Uint8Array or string), not null: was it already parsed by a JSON middleware?',
      },
    ],
    [
      'a rawBody of an ArrayBuffer',
      {
        given: () => ({ rawBody: new ArrayBuffer(2), headers: {}, secret: SECRET }),
        message: 'rawBody must be the raw body (Buffer, Uint8Array or string), not an object: was it already parsed by a JSON middleware?',
      },
    ],
    [
      'a secret of undefined',
      {
        given: () => ({ rawBody: body, headers: { 'x-voucherify-signature': 'a' }, secret: undefined }),
        message: 'secret is required: the spec signs customer.reward_redemptions.created (X-Voucherify-Signature)',
      },
    ],
    [
      'an eventType of a number',
      {
        given: () => ({ rawBody: body, headers: {}, secret: SECRET, eventType: 3 }),
        message: 'eventType must be a string or undefined, not a number',
      },
    ],
    ['no argument', { given: () => undefined, message: 'parseWebhook takes one object { rawBody, headers, secret }, not undefined' }],
  ];
  it.each(wrongArguments)('calls %s a programming error: a TypeError naming the argument', (_name, { given, message }) => {
    expect(() => parseWebhook(given() as never)).toThrow(expect.objectContaining({ name: 'TypeError', message }));
  });

  it('finds the event in the body where the spec says it is (eventTypePointer)', () => {
    const typed = { ...example, type: COMPLETED };
    const text = JSON.stringify(typed);
    const headers = { 'x-voucherify-signature': signWebhook(text, SECRET) };
    expect(parseWebhook({ rawBody: text, headers, secret: SECRET, eventTypePointer: '/type' }).type).toBe(COMPLETED);
    const unknown = JSON.stringify({ ...example, type: 'order.paid' });
    expect(() =>
      parseWebhook({
        rawBody: unknown,
        headers: { 'x-voucherify-signature': signWebhook(unknown, SECRET) },
        secret: SECRET,
        eventTypePointer: '/type',
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'UnknownEventError',
        message: expect.stringMatching(/^the body's event type at \/type is "order.paid" \(known: /),
      }),
    );
  });

  it('throws nothing but the documented errors for any signed JSON, whole or put anywhere into the example', () => {
    const paths = pointersOf(example);
    const payloads = fc.oneof(
      fc.jsonValue(),
      fc.tuple(fc.constantFrom(...paths), fc.jsonValue()).map(([pointer, value]) => {
        const payload = structuredClone(example);
        setAt(payload, pointer, value);
        return payload;
      }),
    );
    fc.assert(
      fc.property(payloads, fc.option(fc.constantFrom(...EVENT_TYPES), { nil: undefined }), (payload, eventType) => {
        try {
          const event = parseWebhook(delivery(JSON.stringify(payload) ?? 'null', eventType));
          expect(EVENT_TYPES).toContain(event.type);
        } catch (error) {
          expect(
            DOCUMENTED.some((Class) => error instanceof Class),
            String(error),
          ).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('throws nothing but the documented errors for any bytes and any signature header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.option(fc.string(), { nil: undefined }), fc.boolean(), (bytes, header, sign) => {
        const headers = { 'x-voucherify-signature': sign ? signWebhook(bytes, SECRET) : header };
        try {
          parseWebhook({ rawBody: bytes, headers, secret: SECRET, eventType: COMPLETED });
        } catch (error) {
          expect(
            DOCUMENTED.some((Class) => error instanceof Class),
            String(error),
          ).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

/** Every JSON pointer of a value's nodes below the root. */
function pointersOf(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [`${at}/${key}`, ...pointersOf(child, `${at}/${key}`)]);
}
