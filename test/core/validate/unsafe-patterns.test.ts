import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { compileEventValidators, toProblems } from '../../../scripts/core/validate/ajv.js';
import { VerdictStore } from '../../../scripts/core/validate/pattern-verdicts.js';
import { patternVerdict } from '../../../scripts/core/validate/unsafe-patterns.js';
import { lintSpec } from '../../../scripts/tools/lint/lint-spec.js';
import { runCli } from '../../helpers/cli.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

/**
 * The corpus the ReDoS checker was chosen on (issue 22 item 5). Measured 2026-12-04 on these 24 patterns:
 * recheck 24/24 right; safe-regex2 (star height only) missed `(a|aa)+$` and `^(a|a)*$` and called
 * `^v\d+(\.\d+)*$`, `^\w+( \w+)*$` and `^([a-z]{2,3})(-[A-Z]{2})?$` unsafe. recheck was kept, safe-regex2 removed.
 */
const UNSAFE = [
  '^(a+)+$',
  '(a|aa)+$',
  '^(a|a)*$',
  '(\\w+\\s?)*$',
  '^([a-zA-Z0-9]+)*@',
  '^(\\d+)*$',
  '^(a*)*b$',
  '(x+x+)+y',
  '^([a-z]+.)+[a-z]+$',
  '^(\\w+|\\d+)+$',
  '^(.*,)*$',
];
const SAFE = [
  '^[A-Z]{3}$',
  '^\\d{4}-\\d{2}-\\d{2}$',
  '^[a-z0-9_-]+$',
  '^v\\d+(\\.\\d+)*$',
  '^(foo|bar)$',
  '^[^@]+@[^@]+$',
  '^(a+)$',
  '^\\w+( \\w+)*$',
  '^[A-Za-z0-9+/]*={0,2}$',
  '^([a-z]{2,3})(-[A-Z]{2})?$',
  '^(ab|cd)+$',
  '^\\S+$',
];

describe('the ReDoS checker (recheck) on the corpus', () => {
  // recheck itself, not the verdicts kept from an earlier run
  const fresh = () => new VerdictStore(undefined, { checker: 'test', flags: 'u', timeout: 2000 });
  it.each(UNSAFE)('%s is vulnerable', (pattern) => {
    expect(patternVerdict(pattern, fresh()).status).toBe('vulnerable');
  });
  it.each(SAFE)('%s is safe', (pattern) => {
    expect(patternVerdict(pattern, fresh()).status).toBe('safe');
  });
});

const unsafeSpec = () =>
  `${writeFiles({
    'openapi.yaml': minimalSpec({
      schema: {
        type: 'object',
        description: 'The event body.',
        required: ['id'],
        properties: { id: { type: 'string', description: 'Identifier of the thing.', pattern: '^(a+)+$' } },
      },
      example: { id: `${'a'.repeat(36)}!` },
    }),
  })}/openapi.yaml`;

describe('a pattern that can backtrack catastrophically', () => {
  it('lint reports it at its line, and does not hang on an example that would trigger it', async () => {
    const path = unsafeSpec();
    const { findings } = await lintSpec(path);
    const found = findings.filter((f) => f.id === 'pattern-backtracking');
    expect(found).toEqual([
      {
        id: 'pattern-backtracking',
        level: 'error',
        message:
          'the pattern "^(a+)+$" can backtrack catastrophically (exponential): one small payload can hang a validator; rewrite it without nested or overlapping repetition',
        location: expect.objectContaining({
          pointer: '/webhooks/thing.happened/post/requestBody/content/application~1json/schema/properties/id/pattern',
        }),
      },
    ]);
  });

  it.each([
    ['types', ['types', '--out', 'tmp/never.ts']],
    ['package', ['package', '--out', 'tmp/never-package']],
    ['validate', ['validate', '--event', 'thing.happened', '-']],
  ])('%s refuses it: exit 2, one line naming file:line and the flag', async (_name, args) => {
    const path = unsafeSpec();
    const result = await runCli([...args, '--spec', path], '{"id":"x"}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^webhook-contracts \w+: error: .*openapi\.yaml:\d+:\d+ \(\/webhooks\/thing\.happened\/post\/requestBody\/content\/application~1json\/schema\/properties\/id\/pattern\): the pattern "\^\(a\+\)\+\$" can backtrack catastrophically \(exponential\): one small payload can hang the validator \(rewrite it without nested or overlapping repetition, or pass --allow-unsafe-patterns\)\n$/,
    );
    expect(result.stdout).toBe('');
  });
});

describe('maxLength is checked before pattern', () => {
  it('a string over maxLength reports maxLength alone: the pattern is not run on it', async () => {
    const path = `${writeFiles({
      'openapi.yaml': minimalSpec({
        schema: {
          type: 'object',
          description: 'The event body.',
          properties: { id: { type: 'string', description: 'Id.', maxLength: 8, pattern: '^[a-z]+$' } },
        },
      }),
    })}/openapi.yaml`;
    const validate = compileEventValidators(await loadSpec(path)).get('thing.happened');
    expect(validate?.({ id: 'A'.repeat(100) })).toBe(false);
    expect(toProblems(validate?.errors)).toEqual([
      { pointer: '/id', keyword: 'maxLength', message: 'must NOT have more than 8 characters' },
    ]);
    expect(validate?.({ id: 'ABC' })).toBe(false);
    expect(toProblems(validate?.errors)).toEqual([{ pointer: '/id', keyword: 'pattern', message: 'must match pattern "^[a-z]+$"' }]);
  });
});
