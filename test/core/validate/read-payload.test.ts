import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePayload, readPayloadBytes, readPayloadFile } from '../../../scripts/core/validate/read-payload.js';

const dir = mkdtempSync(join(tmpdir(), 'wc-payload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading payloads', () => {
  it('parses a file and standard-input bytes', () => {
    writeFileSync(join(dir, 'a.json'), '\uFEFF{"a": [1, null]}');
    expect(readPayloadFile(join(dir, 'a.json'))).toEqual({ file: join(dir, 'a.json'), value: { a: [1, null] } });
    expect(readPayloadBytes(Buffer.from('"x"'), '-')).toEqual({ file: '-', value: 'x' });
  });

  const refused: Array<[string, { given: () => unknown; want: { name: string; where: string; message: string | RegExp } }]> = [
    [
      'nesting 100,000 levels deep',
      {
        given: () => parsePayload(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'p.json'),
        want: { name: 'InputError', where: 'p.json', message: 'nesting is deeper than 512 levels' },
      },
    ],
    [
      'objects nested 100,000 levels deep',
      {
        given: () => parsePayload(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 'p.json'),
        want: { name: 'InputError', where: 'p.json', message: 'nesting is deeper than 512 levels' },
      },
    ],
    [
      'bad JSON',
      { given: () => parsePayload('{"a":}', 'p.json'), want: { name: 'InputError', where: 'p.json', message: /^not valid JSON: / } },
    ],
    [
      'non-UTF-8 bytes',
      {
        given: () => readPayloadBytes(Uint8Array.from([0x22, 0xff, 0x22]), '-'),
        want: { name: 'InputError', where: '-', message: 'payload is not valid UTF-8 text' },
      },
    ],
    [
      'NUL bytes',
      {
        given: () => readPayloadBytes(Uint8Array.from([0x22, 0, 0x22]), '-'),
        want: { name: 'InputError', where: '-', message: /^payload is binary/ },
      },
    ],
    [
      'a directory',
      { given: () => readPayloadFile(dir), want: { name: 'InputError', where: dir, message: 'is a directory, not a payload file' } },
    ],
  ];
  it.each(refused)('refuses %s with a clear InputError', (_name, { given, want }) => {
    expect(given).toThrow(
      expect.objectContaining({ ...want, message: typeof want.message === 'string' ? want.message : expect.stringMatching(want.message) }),
    );
  });

  it('keeps "__proto__" keys as data, polluting no prototype', () => {
    const value = parsePayload('{"__proto__": {"polluted": true}, "a": {"__proto__": {"polluted": true}}}', 'p.json') as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
