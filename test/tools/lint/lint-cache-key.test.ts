import { describe, expect, it } from 'vitest';
import { importedPackages, lintCodeFiles, loadsMoreThanItself } from '../../../scripts/tools/lint/lint-cache-key.js';

describe('loadsMoreThanItself', () => {
  const cases: Array<[string, { given: unknown; want: boolean }]> = [
    ['built-in rulesets only', { given: { extends: ['recommended', 'minimal', 'all', 'spec', 'recommended-strict'] }, want: false }],
    ['no extends at all', { given: { rules: { 'info-contact': 'error' } }, want: false }],
    ['a local file in extends', { given: { extends: ['recommended', './base.yaml'] }, want: true }],
    ['a URL in extends', { given: { extends: ['https://example.com/redocly.yaml'] }, want: true }],
    ['extends as a single string', { given: { extends: 'recommended' }, want: false }],
    ['extends inside an apis entry', { given: { apis: { main: { root: 'a.yaml', extends: ['./x.yaml'] } } }, want: true }],
    ['plugins', { given: { extends: ['recommended'], plugins: ['./plugin.js'] }, want: true }],
    ['an empty plugins list (still a plugins key)', { given: { plugins: [] }, want: true }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(loadsMoreThanItself(given)).toBe(want);
  });
});

describe('importedPackages', () => {
  it('names the packages of value imports, scoped or not, and skips built-ins, local and type-only imports', () => {
    const source = [
      "import { _, Ajv2020 } from 'ajv/dist/2020.js';",
      "import $RefParser from '@apidevtools/json-schema-ref-parser';",
      "import type { OpenAPIV3_1 } from 'openapi-types';",
      "import { readFileSync } from 'node:fs';",
      "import { InputError } from '../lib/errors.js';",
      "import {\n  parse,\n  stringify,\n} from 'yaml';",
    ].join('\n');
    expect(importedPackages(source)).toEqual(['ajv', '@apidevtools/json-schema-ref-parser', 'yaml']);
  });
});

describe('lintCodeFiles', () => {
  it('covers the modules lint-spec.ts imports with import() (the loader, the example check, Ajv) and their local imports', () => {
    const files = lintCodeFiles().map((file) => file.slice(file.lastIndexOf('scripts/')));
    expect(files).toEqual(
      expect.arrayContaining([
        'scripts/tools/lint/lint-spec.ts',
        'scripts/tools/lint/example-check.ts',
        'scripts/core/spec/load.ts',
        'scripts/core/validate/ajv.ts',
        'scripts/core/validate/formats.cjs',
        'scripts/core/errors.ts',
      ]),
    );
  });
});
