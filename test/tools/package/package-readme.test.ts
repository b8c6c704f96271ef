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

describe('the consumer package README escapes what the spec says (issue 24 item 9)', () => {
  const hostile = async () => {
    const { loadSpec } = await import('../../../scripts/core/spec/load.js');
    const { writeFiles, minimalSpec } = await import('../../helpers/temp-spec.js');
    const spec = minimalSpec() as { info: Record<string, string>; webhooks: Record<string, unknown> };
    spec.info.version = '1.0.0<img src=x onerror=alert(1)>';
    spec.info.summary = '**bold** [link](javascript:alert(1)) <script>x</script>';
    spec.webhooks = { "it's'); process.exit(1); ('": spec.webhooks['thing.happened'] };
    return loadSpec(`${writeFiles({ 'openapi.yaml': spec })}/openapi.yaml`);
  };

  it('info.version and info.summary carry no raw HTML or Markdown; the sample quotes the event type as a JS string', async () => {
    const { packageReadme } = await import('../../../scripts/tools/package/package-readme.js');
    const spec = await hostile();
    const readme = packageReadme(spec, { name: 'x-webhooks', version: '1.0.0', description: '' }, [], new Map());
    expect(readme).not.toMatch(/<img|<script|\*\*bold\*\*|(?<!\\)\[link/);
    expect(readme).toContain('version \\1.0.0&lt;img src=x onerror=alert(1)&gt; — do not edit.');
    expect(readme).toContain('\\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) &lt;script&gt;x&lt;/script&gt;');
    expect(readme).toContain(`eventType: "it's'); process.exit(1); ('" });`);
  });
});
