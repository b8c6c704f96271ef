import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorClassesOf } from '../../../scripts/tools/package/package-readme.js';

describe("the consumer package README's error table", () => {
  it('lists every exported error class of scripts/runtime/errors.ts with the first words of its doc comment', () => {
    const classes = errorClassesOf(readFileSync('scripts/runtime/errors.ts', 'utf8'));
    expect(classes.map((c) => [c.name, c.extends])).toEqual(
      expect.arrayContaining([
        ['WebhookError', 'Error'],
        ['SignatureError', 'WebhookError'],
        ['PayloadError', 'WebhookError'],
      ]),
    );
    expect(classes.find((c) => c.name === 'MalformedJsonError')?.description).toBe(
      'The body is not UTF-8 JSON text (`reason` `encoding` or `syntax`), or nests deeper than 512 levels (`depth`).',
    );
  });

  it('reads a class without a doc comment as having no description', () => {
    expect(errorClassesOf('export class A extends Error {}\n/** Doc of B. */\nexport class B extends A {}\n')).toEqual([
      { name: 'A', extends: 'Error', description: '' },
      { name: 'B', extends: 'A', description: 'Doc of B.' },
    ]);
  });
});
