import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { UnknownEventError } from '../../scripts/runtime/errors.js';
import { getAt, parsePointer } from '../../scripts/runtime/internal/json-pointer.js';
import { EVENT_TYPES, validateWebhook } from '../../scripts/runtime/validate-webhook.js';
import { COMPLETED, completedExample, setAt, specExamples } from '../helpers/examples.js';

/** The published COMPLETED payload's malformed date-times ("10: 24: 01.084"), each at its place. */
const MALFORMED: Array<[string, string]> = [
  ['/voucher/created_at', '2024-05-13T10: 24: 01.084Z'],
  ['/voucher/updated_at', '2024-05-13T12: 25: 59.587Z'],
  ['/campaign/created_at', '2024-05-13T10: 23: 57.997Z'],
  ['/reward_redemption/created_at', '2024-05-13T12: 26: 06.250Z'],
  ['/reward/voucher/created_at', '2024-05-13T12: 25: 59.630Z'],
  ['/reward_assignment/created_at', '2024-05-13T12: 25: 06.389Z'],
  ['/publication/created_at', '2024-05-13T12: 25: 59.620Z'],
  ['/publication/voucher/created_at', '2024-05-13T12: 25: 59.630Z'],
  ['/publication/voucher/updated_at', '2024-05-13T12: 26: 12.167Z'],
];

let example: Record<string, unknown>;
beforeAll(async () => {
  example = await completedExample();
});

describe('validateWebhook', () => {
  it('accepts every example of the spec, returning it as the value', async () => {
    const examples = await specExamples();
    expect(examples.map(([type]) => type)).toEqual(EVENT_TYPES);
    for (const [type, , value] of examples) expect(validateWebhook(type, value)).toEqual({ ok: true, value });
  });

  it('rejects the published COMPLETED payload at exactly its 9 malformed date-times', () => {
    const published = structuredClone(example);
    for (const [pointer, malformed] of MALFORMED) {
      // The committed example holds the corrected time: the same digits without the spaces.
      expect(getAt(published, parsePointer(pointer))).toBe(malformed.replaceAll(': ', ':'));
      setAt(published, pointer, malformed);
    }
    const result = validateWebhook(COMPLETED, published);
    expect(result).toEqual({
      ok: false,
      errors: MALFORMED.map(([pointer]) => ({ pointer, keyword: 'format', message: 'must be a valid date-time' })),
    });
  });

  const nullable: Array<[string, string]> = [
    ['an absent publication', '/publication'],
    ['no source', '/source'],
    ['no balance', '/balance'],
    ['a redemption never updated', '/reward_redemption/updated_at'],
    ['a customer without email', '/customer/email'],
    ['a voucher without expiry', '/voucher/expiration_date'],
  ];
  it.each(nullable)('accepts null where the spec allows it: %s (%s)', (_name, pointer) => {
    const payload = structuredClone(example);
    setAt(payload, pointer, null);
    expect(validateWebhook(COMPLETED, payload).ok).toBe(true);
  });

  const invalid: Array<[string, { pointer: string; value: unknown; want: { keyword: string; message: string } }]> = [
    [
      'an unknown enum value',
      {
        pointer: '/reward_redemption/state',
        value: 'REFUNDED',
        want: { keyword: 'enum', message: 'must be one of "CREATED", "PENDING", "COMPLETED", "ROLLEDBACK"' },
      },
    ],
    [
      'null where the spec does not allow it',
      { pointer: '/voucher/code', value: null, want: { keyword: 'type', message: 'must be string' } },
    ],
    ['a number where a string is documented', { pointer: '/customer/id', value: 42, want: { keyword: 'type', message: 'must be string' } }],
  ];
  it.each(invalid)('rejects %s with its pointer', (_name, { pointer, value, want }) => {
    const payload = structuredClone(example);
    setAt(payload, pointer, value);
    expect(validateWebhook(COMPLETED, payload)).toEqual({ ok: false, errors: [{ pointer, ...want }] });
  });

  it('reports a missing required field at the pointer it would have', () => {
    const { customer: _customer, ...payload } = example;
    expect(validateWebhook(COMPLETED, payload)).toEqual({
      ok: false,
      errors: [{ pointer: '/customer', keyword: 'required', message: 'is required but missing' }],
    });
  });

  it('throws UnknownEventError, listing the known types, for an event the spec does not document', () => {
    expect(() => validateWebhook('customer.created', example)).toThrow(
      expect.objectContaining({ name: 'UnknownEventError', eventType: 'customer.created', knownTypes: [...EVENT_TYPES] }),
    );
  });

  it('never throws for any JSON value, and every error has a pointer into the payload', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENT_TYPES), fc.jsonValue(), (type, payload) => {
        const result = validateWebhook(type, payload);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.pointer).toMatch(/^(\/.*)?$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('throws nothing but UnknownEventError for any event type string', () => {
    fc.assert(
      fc.property(fc.string(), (type) => {
        try {
          validateWebhook(type, example);
          expect(EVENT_TYPES).toContain(type);
        } catch (error) {
          expect(error).toBeInstanceOf(UnknownEventError);
        }
      }),
    );
  });
});
