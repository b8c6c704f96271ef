import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadYamlValues } from '../../../scripts/core/spec/yaml-values.js';

/** What the `yaml` package (the reference) reads, as the spec loader used to call it. */
function yamlPackageValue(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  if (document.errors.length > 0) throw new Error(document.errors[0]?.message);
  return document.toJS({ maxAliasCount: 1000 });
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => join(dir, file))
    .sort();
}

describe('loadYamlValues reads what the yaml package reads', () => {
  it.each(yamlFiles('openapi'))('%s (on the fast path)', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(loadYamlValues(text, 512)).toEqual({ value: yamlPackageValue(text) });
  });

  it.each(yamlFiles('test/fixtures'))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const fast = loadYamlValues(text, 512);
    if (fast) expect(fast.value).toEqual(yamlPackageValue(text));
  });
});

const LONG_LINE = `description: ${'x'.repeat(1020)}\n`;
const DEEP = `${Array.from({ length: 6 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1\n`;

describe('loadYamlValues', () => {
  it.each<[string, { given: string; want: unknown }]>([
    [
      'a timestamp stays a string',
      { given: 'at: 2024-05-13T10:24:01Z\nday: 2024-05-13\n', want: { at: '2024-05-13T10:24:01Z', day: '2024-05-13' } },
    ],
    [
      'core scalars',
      {
        given: 'a: [0o17, 0x1F, 012, -0.5, .inf, ~, null, True, yes, on, 1_000, 0b1]\n',
        want: { a: [15, 31, 12, -0.5, Infinity, null, null, true, 'yes', 'on', '1_000', '0b1'] },
      },
    ],
    [
      'a `<<` key is an ordinary key (yaml merges only when asked)',
      { given: 'm:\n  <<: {x: 1}\n  y: 2\n', want: { m: { '<<': { x: 1 }, y: 2 } } },
    ],
    ['numbers and booleans as keys become strings', { given: '200: a\n1.0: b\ntrue: c\n', want: { 200: 'a', 1: 'b', true: 'c' } }],
    ['`__proto__` is an own key, not the prototype', { given: '__proto__: {x: 1}\n', want: JSON.parse('{"__proto__": {"x": 1}}') }],
    ['a document start marker', { given: '---\na: 1\n', want: { a: 1 } }],
  ])('%s', (_name, { given, want }) => {
    expect(loadYamlValues(given, 512)).toEqual({ value: want });
    expect(yamlPackageValue(given)).toEqual(want);
  });

  it.each([
    ['a syntax error', 'a: [1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an empty text', ''],
    ['a comment only', '# nothing here\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', '---\na: 1\n...\n'],
    ['an indented document marker (js-yaml: a marker, yaml: text)', 'a:\n  ---\n'],
    ['a scalar at the top', '---\n'],
    ['an explicit `? ` key', '? a\n: 1\n'],
    ['a column-0 comment between a key and its value (yaml: an error after `b  :`)', 'k:\n#c\n  1\nb  : 2\n'],
    ['a tab', 'a: "x\ty"\n'],
    ['a lone CR', 'a: x\ry\n'],
    ['a byte-order mark inside the text', 'a: 1\n\uFEFFb: 2\n'],
    ['an anchor', 'a: &x 1\n'],
    ['a block scalar indentation indicator', 'a: |2\n   x\n'],
    ['a backslash ending a line (escaped line break)', 'a: "x\\\n  y"\n'],
    ['a sequence item with text after its quoted node (yaml: an error)', 'k:\n- "a"b: 1\n'],
    ['an alias (merge key or not)', 'base: &b {x: 1}\nm:\n  <<: *b\n'],
    ['a null key (yaml: "", js-yaml: "null")', '~: x\n'],
    ['an integer too large for a double (yaml: Infinity)', `a: 1${'0'.repeat(400)}\n`],
    ['a float too large for a double (yaml: Infinity)', 'a: 1e400\n'],
    ['an explicit core tag (yaml: `!!float 1` is "1")', 'a: !!float 1\n'],
    ['an explicit !!binary', 'a: !!binary aGVsbG8=\n'],
    ['an unknown tag (yaml: a warning, the string)', 'a: !thing x\n'],
    ['a %YAML 1.1 directive (yaml: `yes` is true)', '%YAML 1.1\n---\na: yes\n'],
    ['a line over 1024 characters (yaml refuses keys that long)', LONG_LINE],
    ['nesting deeper than the limit', DEEP],
  ])('leaves %s to the yaml package', (_name, text) => {
    expect(loadYamlValues(text, 5)).toBeUndefined();
  });

  it('agrees with the yaml package on any plain scalar, as a value and as a key', () => {
    const scalar = fc.string({ unit: fc.constantFrom(...'0123456789+-._eExXoObBaflnsrtuINF~:# '.split('')), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(scalar, scalar, (key, value) => agreesWithYamlPackage(`${key}: ${value}\nk: [${value}]\n`)),
      { numRuns: 2000 },
    );
  });

  it.each(['k:\n', '- ', 'k: ', 'k:\n  j: |\n', 'k:\n  - ', 'k: [', 'k: {'])(
    'agrees with the yaml package on YAML-like lines after %j, or leaves them to it',
    (prefix) => {
      const token = fc.constantFrom(...TOKENS);
      const line = fc.tuple(fc.nat(6), fc.array(token, { maxLength: 5 })).map(([indent, tokens]) => ' '.repeat(indent) + tokens.join(''));
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => agreesWithYamlPackage(`${prefix}${lines.join('\n')}\n`)),
        { numRuns: 1500 },
      );
    },
  );
});

const TOKENS = [
  'a',
  'b',
  'k: ',
  'k:',
  '- ',
  '"',
  "'",
  '#',
  ' #',
  '|',
  '>',
  '|-',
  '>+',
  '[',
  ']',
  '{',
  '}',
  ', ',
  ',',
  '? ',
  ': ',
  '*x',
  '&x ',
  '!t ',
  '---',
  '...',
  '1',
  '0x1',
  '.5',
  '1e999',
  'null',
  '~',
  'true',
  ' ',
  '\t',
  '\\',
  '"\\n"',
  "''",
  'é',
  '\r\n',
  '\r',
  '\uFEFF',
  '%',
];

/** Where js-yaml takes the fast path, the yaml package must read the text without error, to the same value. */
function agreesWithYamlPackage(text: string): void {
  const fast = loadYamlValues(text, 512);
  if (fast) expect(fast.value).toEqual(yamlPackageValue(text));
}
