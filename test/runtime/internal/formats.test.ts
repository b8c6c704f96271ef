import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import formats from '../../../scripts/runtime/internal/formats.cjs';

const ours = formats['date-time'].validate;
const theirs = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
/** Strings shaped like date-times, with the parts that decide validity varied. */
const dateTimeLike = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom('2000', '1900', '2024', '2023')),
    fc.oneof(digits(2), fc.constantFrom('02', '12', '13', '00')),
    fc.oneof(digits(2), fc.constantFrom('28', '29', '30', '31', '00')),
    fc.constantFrom('T', 't', ' ', '\n', '\u00a0', '_', 'TT', ''),
    fc.oneof(digits(2), fc.constantFrom('23', '24', '00')),
    fc.oneof(digits(2), fc.constantFrom('59', '60')),
    fc.oneof(digits(2), fc.constantFrom('59', '60', '61')),
    fc.constantFrom('', '.084', '.1', '.', '.12345'),
    fc.constantFrom('', 'Z', 'z', '+00:00', '-05:30', '+2359', '+24:00', '-00:60', '+01', 'Zt', '-08:00', '+01:00'),
  )
  .map(([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`);

describe('date-time format', () => {
  it.each([
    ['2024-05-13T10:24:01.084Z', true],
    ['2024-05-13T10: 24: 01.084Z', false],
    ['2024-02-29T00:00:00Z', true],
    ['2023-02-29T00:00:00Z', false],
    ['1990-12-31T23:59:60Z', true],
    ['1990-12-31T15:59:60-08:00', true],
    ['1990-12-31T15:59:60Z', false],
    ['2024-05-13T10:24:01', false],
    ['2024-05-13 10:24:01+02:00', true],
  ])('%s → %s', (given, want) => {
    expect(ours(given)).toBe(want);
    expect(theirs(given)).toBe(want);
  });

  it("accepts exactly the strings ajv-formats' full mode accepts", () => {
    fc.assert(
      fc.property(fc.oneof(dateTimeLike, fc.string()), (value) => {
        expect(ours(value)).toBe(theirs(value));
      }),
      { numRuns: 20_000 },
    );
  });
});
