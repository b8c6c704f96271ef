import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangelog } from '../../../scripts/tools/changelog/build-changelog.js';
import { renderChangelogJson } from '../../../scripts/tools/changelog/render-json.js';
import { renderChangelogMarkdown } from '../../../scripts/tools/changelog/render-markdown.js';
import type { ScratchRepo } from '../../helpers/scratch-git.js';
import { buildHistory } from './history-fixture.js';

describe('buildChangelog over a scratch repository', () => {
  let repo: ScratchRepo;
  let hashes: Record<string, string>;
  /** Full and short hashes → the commit's name, so the expected files do not depend on git's hashing. */
  const named = (text: string) =>
    Object.entries(hashes).reduce((t, [name, hash]) => t.replaceAll(hash, `<${name}>`).replaceAll(hash.slice(0, 7), `<${name}>`), text);

  beforeAll(() => ({ repo, hashes } = buildHistory()));
  afterAll(() => repo.dispose());

  it('lists each spec commit with its diff, grouped by release, in Markdown', async () => {
    const changelog = await buildChangelog(join(repo.dir, 'spec/openapi.yaml'));
    // Regenerate with `npm run test:snapshots:update` after a deliberate change to the renderer.
    await expect(named(renderChangelogMarkdown(changelog))).toMatchFileSnapshot('./__snapshots__/history.md');
  });

  it('gives the same history as JSON: the diff change shape plus commit, date, subject and tag', async () => {
    const changelog = await buildChangelog(join(repo.dir, 'spec/openapi.yaml'));
    await expect(named(renderChangelogJson(changelog))).toMatchFileSnapshot('./__snapshots__/history.json');
  });

  it.each([
    ['a field added', 'added', [['optional-property-added', 'info', '/note']]],
    ['a field made nullable', 'nullable', [['null-allowed', 'breaking', '/note']]],
    ['an enum value added (a merge, by its first-parent diff)', 'enum', [['enum-value-added', 'warning', '/status']]],
    ['a refactor that changes nothing on the wire', 'refactor', []],
    ['the fix of the broken commit, compared with the last version that loaded', 'fixed', []],
  ])('%s', async (_name, commit, want) => {
    const changelog = await buildChangelog(join(repo.dir, 'spec/openapi.yaml'));
    const entry = changelog.entries.find((e) => e.commit === hashes[commit]);
    expect(entry?.changes.map((c) => [c.id, c.level, c.pointer])).toEqual(want);
  });

  it('reports the commit where the spec did not parse, and skips it', async () => {
    const changelog = await buildChangelog(join(repo.dir, 'spec/openapi.yaml'));
    const broken = changelog.entries.find((e) => e.commit === hashes.broken);
    expect(broken?.kind).toBe('unparsable');
    expect(broken?.error).toBe(
      `${hashes.broken?.slice(0, 7)}:spec/schemas/Status.yaml:3:1: YAML/JSON syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (fix the syntax at that line)`,
    );
  });

  it('leaves out commits that touch no file of the spec', async () => {
    const changelog = await buildChangelog(join(repo.dir, 'spec/openapi.yaml'));
    expect(changelog.entries.map((e) => e.commit)).not.toContain(hashes.readme);
    expect(changelog.entries).toHaveLength(7);
  });

  it('--since starts after a commit, whose version is the first base', async () => {
    const changelog = await buildChangelog(join(repo.dir, 'spec/openapi.yaml'), { since: hashes.nullable, until: hashes.refactor });
    expect(changelog.entries.map((e) => [e.commit, e.kind])).toEqual([
      [hashes.refactor, 'unchanged'],
      [hashes.enum, 'changed'],
    ]);
  });

  it('says so in a shallow clone, whose history starts at its oldest fetched commit', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'wc-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], { stdio: 'ignore' });
      const changelog = await buildChangelog(join(clone, 'spec/openapi.yaml'));
      expect(changelog.note).toBe('the clone is shallow: the history below starts at its oldest fetched commit');
      expect(changelog.entries.map((e) => [e.commit, e.kind])).toEqual([
        [hashes.fixed, 'introduced'], // the first version that loads
        [hashes.broken, 'unparsable'], // the grafted oldest commit: all its files count as added
      ]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('a ref that does not exist is bad input, naming the ref', async () => {
    await expect(buildChangelog(join(repo.dir, 'spec/openapi.yaml'), { since: 'nope' })).rejects.toThrow('git ref "nope" does not exist');
  });
});

describe('buildChangelog outside git', () => {
  it('says there is no history instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-no-git-'));
    try {
      writeFileSync(join(dir, 'openapi.yaml'), 'openapi: 3.1.0\n');
      const changelog = await buildChangelog(join(dir, 'openapi.yaml'));
      expect(changelog.note).toBe('the spec is not inside a git repository: no history to show');
      expect(renderChangelogMarkdown(changelog)).toContain(
        '> **Note:** the spec is not inside a git repository: no history to show.\n\n_No commit changed the spec._\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
