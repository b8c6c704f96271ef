import { describe, expect, it } from 'vitest';
import { InputError } from '../../../scripts/core/errors.js';
import { parseSource } from '../../../scripts/core/spec/read-source.js';

/** The one line the CLI would print for the InputError `run` throws. */
function errorLine(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.toLine();
    throw error;
  }
  return 'no error';
}

const BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`;

describe('parseSource: YAML values', () => {
  it.each<[string, { given: string; want: unknown }]>([
    ['an unquoted timestamp stays a string', { given: 'created_at: 2024-05-13T10:24:01Z\n', want: { created_at: '2024-05-13T10:24:01Z' } }],
    [
      '`<<` with an alias is a plain key holding the aliased value (no merge)',
      { given: 'base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n', want: { base: { x: 1 }, m: { '<<': { x: 1 }, y: 2 } } },
    ],
    ['`<<` without an alias is a plain key', { given: 'm:\n  <<: {x: 1}\n  y: 2\n', want: { m: { '<<': { x: 1 }, y: 2 } } }],
    ['a comment-only file is null', { given: '# nothing yet\n', want: null }],
    ['an empty text is null', { given: '', want: null }],
    ['a null key is ""', { given: '~: x\n', want: { '': 'x' } }],
    ['an unknown tag keeps the string', { given: 'a: !thing x\n', want: { a: 'x' } }],
    ['%YAML 1.1 reads yes as true', { given: '%YAML 1.1\n---\na: yes\n', want: { a: true } }],
  ])('%s', (_name, { given, want }) => {
    expect(parseSource(given, 'spec.yaml').value).toEqual(want);
  });
});

describe('parseSource: YAML errors, one line with file:line:col', () => {
  it.each<[string, { given: string; want: string }]>([
    [
      'a syntax error',
      {
        given: 'a: 1\nb: [1, 2\nc: 3\n',
        want: 'spec.yaml:3:1: YAML/JSON syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (fix the syntax at that line)',
      },
    ],
    [
      'a duplicate key',
      { given: 'a: 1\nb: 2\na: 3\n', want: 'spec.yaml:3:1: YAML/JSON syntax error: Map keys must be unique (fix the syntax at that line)' },
    ],
    [
      'several documents',
      {
        given: 'a: 1\n---\nb: 2\n',
        want: 'spec.yaml:2:1: YAML/JSON syntax error: Source contains multiple documents; please use YAML.parseAllDocuments() (fix the syntax at that line)',
      },
    ],
    [
      'a tab as indentation',
      {
        given: 'a:\n\tb: 1\n',
        want: 'spec.yaml:2:1: YAML/JSON syntax error: Tabs are not allowed as indentation (fix the syntax at that line)',
      },
    ],
    [
      'an implicit key over 1024 characters',
      {
        given: `${'k'.repeat(1030)}: 1\n`,
        want: 'spec.yaml:1:1: YAML/JSON syntax error: The : indicator must be at most 1024 chars after the start of an implicit block mapping key (fix the syntax at that line)',
      },
    ],
    [
      'an alias bomb',
      {
        given: BOMB,
        want: 'spec.yaml: cannot expand YAML: Excessive alias count indicates a resource exhaustion attack (remove excessive aliases (a YAML alias bomb?))',
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(errorLine(() => parseSource(given, 'spec.yaml'))).toBe(want);
  });
});
