import { describe, expect, it } from 'vitest';
import { type HeadersInput, readHeader } from '../../scripts/runtime/headers.js';

const cases: Array<[string, { given: HeadersInput; want: string | readonly string[] | undefined }]> = [
  ["Node's IncomingHttpHeaders (lower-case keys)", { given: { 'x-voucherify-signature': 'abc', host: 'x' }, want: 'abc' }],
  ['a record with the documented spelling', { given: { 'X-Voucherify-Signature': 'abc' }, want: 'abc' }],
  ['a record with any other case', { given: { 'X-VOUCHERIFY-SIGNATURE': 'abc' }, want: 'abc' }],
  ['a repeated header in a record', { given: { 'x-voucherify-signature': ['a', 'b'] }, want: ['a', 'b'] }],
  ['a Fetch Headers object', { given: new Headers({ 'X-Voucherify-Signature': 'abc' }), want: 'abc' }],
  ['an absent header in a record', { given: { host: 'x' }, want: undefined }],
  ['an absent header in Headers', { given: new Headers(), want: undefined }],
  ['a record whose "get" is a header, not a method', { given: { get: 'x', 'x-voucherify-signature': 'abc' }, want: 'abc' }],
  ['an inherited property, which is not a header', { given: Object.create({ 'x-voucherify-signature': 'abc' }), want: undefined }],
];

describe('readHeader', () => {
  it.each(cases)('reads %s', (_name, { given, want }) => {
    expect(readHeader(given, 'X-Voucherify-Signature')).toEqual(want);
  });
});
