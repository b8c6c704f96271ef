import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentHelps, helpBlock, updateCliReference } from '../../scripts/cli/cli-reference.js';
import { STEP_ORDER } from '../../scripts/tools/docs/docs-report.js';

describe('docs/reference/cli.md', () => {
  it("holds every command's --help exactly as it prints (run `npm run docs:cli` after changing one)", async () => {
    const text = readFileSync('docs/reference/cli.md', 'utf8');
    const helps = await currentHelps();
    for (const [name, help] of helps) expect(text, `docs/reference/cli.md: the --help block of ${name}`).toContain(helpBlock(name, help));
  });

  it('lists the docs progress lines in the order the command prints them', () => {
    expect(readFileSync('docs/reference/cli.md', 'utf8')).toContain(STEP_ORDER.map((s) => `\`${s}\``).join(', '));
  });
});

describe('updateCliReference', () => {
  it.each<[string, { given: string; helps: Array<[string, string]>; want: string }]>([
    [
      'replaces a stale block and keeps the prose around it',
      {
        given: '# CLI\n\n## `lint`\n\n<!-- help: lint -->\n```text\nold\n```\n<!-- /help -->\n\nProse.\n',
        helps: [['lint', 'Usage: webhook-contracts lint [--spec PATH]\n']],
        want: '# CLI\n\n## `lint`\n\n<!-- help: lint -->\n```text\nUsage: webhook-contracts lint [--spec PATH]\n```\n<!-- /help -->\n\nProse.\n',
      },
    ],
    [
      'gives a command without a block a section of its own',
      {
        given: '# CLI\n',
        helps: [['package', 'Usage: webhook-contracts package\n']],
        want: '# CLI\n\n## `package`\n\n<!-- help: package -->\n```text\nUsage: webhook-contracts package\n```\n<!-- /help -->\n',
      },
    ],
    [
      'keeps a $ in the help as it is',
      {
        given: '<!-- help: bundle -->\n<!-- /help -->\n',
        helps: [['bundle', 'local $refs only, $& kept\n']],
        want: '<!-- help: bundle -->\n```text\nlocal $refs only, $& kept\n```\n<!-- /help -->\n',
      },
    ],
  ])('%s', (_name, { given, helps, want }) => {
    expect(updateCliReference(given, helps)).toBe(want);
  });
});
