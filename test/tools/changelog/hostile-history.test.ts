import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildChangelog } from '../../../scripts/tools/changelog/build-changelog.js';
import { filesAt } from '../../../scripts/tools/changelog/git-history.js';
import { runCli } from '../../helpers/cli.js';
import { type ScratchRepo, scratchRepo } from '../../helpers/scratch-git.js';
import { minimalSpec, tempDir } from '../../helpers/temp-spec.js';

/**
 * Issue 24, items 1, 7, 8: history is input. A symlink in history is never created or written through; a blob
 * over 64 MiB is never read (its version is reported and skipped); a file replaced by a folder loads.
 */
describe('hostile git history', () => {
  let repo: ScratchRepo;
  let victim = '';
  const hashes: Record<string, string> = {};
  const spec = (schema?: object) => stringify(minimalSpec(schema ? { schema } : {}));

  beforeAll(() => {
    repo = scratchRepo();
    victim = join(tempDir('wc-victim-'), 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    // Item 1: the first version holds a link to an absolute path outside the repository; a later one turns the
    // same path into a regular file (and changes the spec, so that version is loaded).
    mkdirSync(join(repo.dir, 'openapi'));
    symlinkSync(victim, join(repo.dir, 'openapi/evil.yaml'));
    hashes.base = repo.commit('base', { 'openapi/openapi.yaml': spec(), 'openapi/parts': 'a file, later a folder\n' });
    rmSync(join(repo.dir, 'openapi/evil.yaml'));
    hashes.regular = repo.commit('regular', {
      'openapi/evil.yaml': 'pwned\n',
      'openapi/openapi.yaml': spec({ type: 'object', description: 'Changed.' }),
    });
    // Item 8: a file replaced by a folder, which the spec then uses.
    rmSync(join(repo.dir, 'openapi/parts'));
    hashes.folder = repo.commit('folder', {
      'openapi/parts/body.yaml': stringify({
        type: 'object',
        description: 'The body.',
        properties: { id: { type: 'string', description: 'Id.' } },
      }),
      'openapi/openapi.yaml': spec({ $ref: './parts/body.yaml' }),
    });
    // Item 7: the spec file grown to 65 MiB (zeros after the YAML: cheap for git to store), then back.
    truncateSync(join(repo.dir, 'openapi/openapi.yaml'), 65 * 1024 * 1024);
    hashes.big = repo.commit('big', {});
    hashes.small = repo.commit('small', { 'openapi/openapi.yaml': spec({ $ref: './parts/body.yaml' }) });
  });
  afterAll(() => repo.dispose());

  it('changelog: nothing outside the repository is written, the file→folder commit loads, the big version is skipped', async () => {
    const changelog = await buildChangelog(join(repo.dir, 'openapi/openapi.yaml'));
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    const kinds = Object.fromEntries(changelog.entries.map((e) => [Object.keys(hashes).find((k) => hashes[k] === e.commit), e.kind]));
    expect(kinds).toEqual({ base: 'introduced', regular: 'changed', folder: 'changed', big: 'unparsable', small: 'unchanged' });
    const big = changelog.entries.find((e) => e.commit === hashes.big);
    expect(big?.error).toBe(
      `${hashes.big?.slice(0, 7)}:openapi/openapi.yaml: openapi/openapi.yaml is 68157440 bytes at ${hashes.big?.slice(0, 7)}, over the 67108864-byte limit: this version is skipped, its files are not read`,
    );
  });

  it('filesAt: a folder or a link is null, a blob over the limit throws before it is read', () => {
    const at = filesAt(repo.dir, hashes.folder as string, ['openapi/parts', 'openapi/parts/body.yaml', 'openapi/none']);
    expect([at.get('openapi/parts'), at.get('openapi/none'), at.get('openapi/parts/body.yaml')?.toString()]).toEqual([
      null,
      null,
      readFileSync(join(repo.dir, 'openapi/parts/body.yaml'), 'utf8'),
    ]);
    expect(filesAt(repo.dir, hashes.base as string, ['openapi/evil.yaml']).get('openapi/evil.yaml')).toBeNull();
    expect(() => filesAt(repo.dir, hashes.big as string, ['openapi/openapi.yaml'])).toThrow(/over the 67108864-byte limit/);
  });

  it('diff REF:PATH of the big version: exit 2, one line', async () => {
    const cwd = process.cwd();
    process.chdir(repo.dir);
    try {
      const result = await runCli(['diff', `${hashes.big}:openapi/openapi.yaml`, 'openapi/openapi.yaml']);
      expect([result.code, result.stderr]).toEqual([
        2,
        `webhook-contracts diff: error: ${hashes.big?.slice(0, 7)}:openapi/openapi.yaml: openapi/openapi.yaml is 68157440 bytes at ${hashes.big?.slice(0, 7)}, over the 67108864-byte limit: this version is skipped, its files are not read\n`,
      ]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('docs --check writes nothing: not the victim, not the out folder', async () => {
    const out = join(tempDir(), 'docs');
    const result = await runCli(['docs', '--spec', join(repo.dir, 'openapi/openapi.yaml'), '--out', out, '--check']);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(() => statSync(out)).toThrow(/ENOENT/);
    expect([result.code, result.stderr]).toEqual([1, 'docs: 4 file(s) out of date; run `npm run docs`\n']);
  }, 120_000);
});
