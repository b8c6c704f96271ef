import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import type { ScratchRepo } from '../../helpers/scratch-git.js';
import { buildHistory } from '../../tools/changelog/history-fixture.js';

describe('webhook-contracts changelog', () => {
  let repo: ScratchRepo;
  let hashes: Record<string, string>;
  let spec: string;
  beforeAll(() => {
    ({ repo, hashes } = buildHistory());
    spec = join(repo.dir, 'spec/openapi.yaml');
  });
  afterAll(() => repo.dispose());

  it('prints the Markdown changelog, and writes the JSON one with --out', async () => {
    const markdown = await runCli(['changelog', '--spec', spec, '--until', hashes.nullable as string]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(`## \`v1.0.0\` — 2024-01-01\n\n### <a id="c-${hashes.nullable?.slice(0, 7)}"></a>`);
    const out = join(repo.dir, 'changelog.json');
    const json = await runCli(['changelog', '--spec', spec, '--format', 'json', '--out', out]);
    expect(json).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = JSON.parse(readFileSync(out, 'utf8')) as { changes: Array<{ id: string; commit: string; tag: string | null }> };
    expect(written.changes.map((c) => [c.id, c.commit, c.tag])).toEqual([
      ['enum-value-added', hashes.enum, null],
      ['null-allowed', hashes.nullable, 'v1.0.0'],
      ['optional-property-added', hashes.added, 'v1.0.0'],
    ]);
  });

  it('--strict raises the levels as diff --strict does', async () => {
    const json = await runCli(['changelog', '--spec', spec, '--format', 'json', '--strict']);
    const changes = (JSON.parse(json.stdout) as { changes: Array<{ id: string; level: string }> }).changes;
    expect(changes.find((c) => c.id === 'enum-value-added')?.level).toBe('breaking');
  });

  it.each([
    [
      'an unknown ref',
      ['--since', 'nope'],
      'webhook-contracts changelog: error: nope: git ref "nope" does not exist (name a commit, branch or tag of this repository)\n',
    ],
    [
      'an unknown format',
      ['--format', 'html'],
      'webhook-contracts changelog: error: --format must be one of markdown, json, not "html" (see --help)\n',
    ],
  ])('exits 2 with one line on %s', async (_name, args, want) => {
    const result = await runCli(['changelog', '--spec', spec, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(want);
  });
});
