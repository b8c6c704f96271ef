import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPayloads, toItem } from '../../../scripts/core/validate/read-payloads.js';
import { writeFiles } from '../../helpers/temp-spec.js';

describe('toItem: a body, or an {event, body} item', () => {
  it.each([
    ['a bare body', { type: 'a' }, { body: { type: 'a' } }],
    ['an item', { event: 'a', body: { x: 1 } }, { event: 'a', body: { x: 1 } }],
    ['an item with headers (names lower-cased)', { body: 1, headers: { 'X-Event': 'a' } }, { body: 1, headers: { 'x-event': 'a' } }],
    ['a body with other keys beside body', { body: 1, extra: 2 }, { body: { body: 1, extra: 2 } }],
    ['an array', [1], { body: [1] }],
  ])('%s', (_name, value, want) => {
    expect(toItem(value, 'f.json', 0)).toEqual({ source: 'f.json', file: 'f.json', line: 0, ...want });
  });

  it.each([
    ['an event that is not a string', { event: 5, body: {} }, /"event" must be a non-empty string/],
    ['headers that are not strings', { body: {}, headers: { a: 1 } }, /"headers" must map header names to strings/],
  ])('refuses %s, naming the line', (_name, value, message) => {
    expect(() => toItem(value, 'f.ndjson', 3)).toThrow(
      expect.objectContaining({ name: 'InputError', where: 'f.ndjson:3', message: expect.stringMatching(message) }),
    );
  });
});

describe('readPayloads', () => {
  it('reads a folder in name order, recursively, payload files only, never through a link', () => {
    const dir = writeFiles({
      'p/b.json': '{"n": 2}',
      'p/a.jsonl': '{"n": 1}\n\n{"event": "e", "body": {"n": 3}}\n',
      'p/notes.txt': 'not read',
      'p/z/c.JSON': '{"n": 4}',
      'outside.json': '{"n": 99}',
    });
    symlinkSync(join(dir, 'outside.json'), join(dir, 'p/link.json'));
    expect(readPayloads(join(dir, 'p')).map((i) => [i.source.slice(dir.length), i.event, i.body])).toEqual([
      ['/p/a.jsonl:1', undefined, { n: 1 }],
      ['/p/a.jsonl:3', 'e', { n: 3 }],
      ['/p/b.json', undefined, { n: 2 }],
      ['/p/z/c.JSON', undefined, { n: 4 }],
    ]);
  });

  it('refuses a folder with no payload file', () => {
    const dir = writeFiles({ 'p/readme.md': '#' });
    expect(() => readPayloads(join(dir, 'p'))).toThrow(expect.objectContaining({ message: 'no payload files in this folder' }));
  });

  it('refuses an NDJSON file with no line', () => {
    const dir = writeFiles({ 'e.ndjson': '\n  \n' });
    expect(() => readPayloads(join(dir, 'e.ndjson'))).toThrow(expect.objectContaining({ name: 'InputError' }));
  });
});
