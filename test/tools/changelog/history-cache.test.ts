import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangelog, type ChangelogOptions } from '../../../scripts/tools/changelog/build-changelog.js';
import { type HistoryKeyInputs, historyKey } from '../../../scripts/tools/changelog/history-cache.js';
import { type ScratchRepo, scratchRepo } from '../../helpers/scratch-git.js';
import { tempDir } from '../../helpers/temp-spec.js';
import { buildHistory } from './history-fixture.js';

let repo: ScratchRepo;
let hashes: Record<string, string>;
let spec: string;
const dirs: string[] = [];
const cacheDir = () => {
  const dir = tempDir('wc-history-cache-');
  dirs.push(dir);
  return dir;
};

beforeAll(() => {
  ({ repo, hashes } = buildHistory());
  spec = join(repo.dir, 'spec/openapi.yaml');
});
afterAll(() => {
  repo.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The one stored walk in `dir`, with the subject of its oldest entry replaced: served, it shows in the result. */
function tamper(dir: string): void {
  const [name] = readdirSync(dir);
  const file = join(dir, name as string);
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  stored.entries[0].subject = 'TAMPERED';
  writeFileSync(file, JSON.stringify(stored));
}

const subjects = async (options: ChangelogOptions) => (await buildChangelog(spec, options)).entries.map((e) => e.subject);

describe('buildChangelog resuming from a stored walk', () => {
  it('gives the same history as a walk from the start, resumed after every commit in turn', async () => {
    const dir = cacheDir();
    const line = repo.git('rev-list', '--first-parent', '--reverse', 'HEAD').trim().split('\n');
    for (const until of line) {
      const resumed = await buildChangelog(spec, { until, cache: { dir } });
      const fresh = await buildChangelog(spec, { until });
      expect(resumed).toEqual(fresh);
    }
    expect(line).toContain(hashes.broken); // resumed past a version that did not load, and past the merge
    expect(line).toContain(hashes.enum);
  });

  it('resumes after a version that did not load with the files changed since the last one that did', async () => {
    const scratch = scratchRepo('wc-history-resume-');
    try {
      const root = `openapi: 3.1.0
info: {title: T, version: '1'}
webhooks:
  thing.happened:
    post:
      requestBody:
        content:
          application/json:
            schema: {allOf: [{$ref: './a.yaml'}, {$ref: './b.yaml'}]}
      responses:
        '200': {description: ok}
`;
      scratch.commit('First', { 'spec/openapi.yaml': root, 'spec/a.yaml': 'type: object\n', 'spec/b.yaml': 'type: object\n' });
      // Breaks a.yaml and, in the same commit, adds a field in b.yaml; the fix touches a.yaml only.
      const broken = scratch.commit('Break a, grow b', {
        'spec/a.yaml': 'type: [object\n',
        'spec/b.yaml': 'type: object\nproperties:\n  note: {type: string}\n',
      });
      scratch.commit('Fix a', { 'spec/a.yaml': 'type: object\n' });
      const file = join(scratch.dir, 'spec/openapi.yaml');
      const dir = cacheDir();
      await buildChangelog(file, { until: broken, cache: { dir } });
      const resumed = await buildChangelog(file, { cache: { dir } });
      expect(resumed).toEqual(await buildChangelog(file));
      expect(resumed.entries[0]?.changes.map((c) => [c.id, c.pointer])).toEqual([['optional-property-added', '/note']]);
    } finally {
      scratch.dispose();
    }
  });

  it('serves the stored walk when every input is the same (a tampered entry shows)', async () => {
    const dir = cacheDir();
    await buildChangelog(spec, { cache: { dir } });
    tamper(dir);
    expect(await subjects({ cache: { dir } })).toContain('TAMPERED');
  });

  it.each<[string, ChangelogOptions]>([
    ['--compat changes', { compat: ['nullable'] }],
    ['the level policy changes', { policy: { strict: true, overrides: {} } }],
  ])('walks from the start again when %s', async (_name, changed) => {
    const dir = cacheDir();
    await buildChangelog(spec, { cache: { dir } });
    tamper(dir);
    expect(await subjects({ cache: { dir }, ...changed })).not.toContain('TAMPERED');
  });

  it('walks from the start again when the stored last commit is not on the line any more (history rewritten)', async () => {
    const dir = cacheDir();
    await buildChangelog(spec, { cache: { dir } });
    tamper(dir);
    // Walked up to an older commit: the stored HEAD is not among its ancestors.
    expect(await subjects({ cache: { dir }, until: hashes.added })).not.toContain('TAMPERED');
  });

  it('ignores a stored walk that is not valid JSON, and replaces it', async () => {
    const dir = cacheDir();
    await buildChangelog(spec, { cache: { dir } });
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name as string), '{"key": "trunc');
    expect(await buildChangelog(spec, { cache: { dir } })).toEqual(await buildChangelog(spec));
    expect(() => JSON.parse(readFileSync(join(dir, name as string), 'utf8'))).not.toThrow();
  });

  it('stores nothing and reads nothing with `since`', async () => {
    const dir = cacheDir();
    await buildChangelog(spec, { cache: { dir }, since: hashes.first });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('historyKey', () => {
  const inputs: HistoryKeyInputs = { root: '/r', specPath: 'spec/openapi.yaml', shallow: false, compat: [], policy: null };
  it.each<[string, Partial<HistoryKeyInputs> | { code: string }]>([
    ['the repository', { root: '/other' }],
    ['the spec path', { specPath: 'spec/other.yaml' }],
    ['a shallow clone', { shallow: true }],
    ['--compat', { compat: ['nullable'] }],
    ['the level policy', { policy: { strict: true, overrides: {} } }],
    ['the code that walks, loads and diffs', { code: 'another digest' }],
  ])('changes with %s', (_name, change) => {
    const { code = 'digest', ...rest } = change as Partial<HistoryKeyInputs> & { code?: string };
    expect(historyKey({ ...inputs, ...rest }, code)).not.toBe(historyKey(inputs, 'digest'));
    expect(historyKey(inputs, 'digest')).toBe(historyKey({ ...inputs }, 'digest'));
  });
});
