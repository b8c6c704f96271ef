import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { buildChangelog } from '../../scripts/tools/changelog/build-changelog.js';
import type { Changelog } from '../../scripts/tools/changelog/types.js';
import { diffSpecs } from '../../scripts/tools/diff/diff-specs.js';
import { type ScratchRepo, scratchRepo } from '../helpers/scratch-git.js';
import { historyChain } from './helpers.js';

/** The real review history, committed one version after another as one file: the changelog must be the consecutive diffs. */
describe('changelog over the real review history', () => {
  const chain = historyChain();
  let repo: ScratchRepo;
  let changelog: Changelog;

  beforeAll(async () => {
    repo = scratchRepo('wc-changelog-reference-');
    for (const [i, file] of chain.entries()) repo.commit(`Version ${i + 1}`, { 'openapi.json': readFileSync(file, 'utf8') });
    changelog = await buildChangelog(join(repo.dir, 'openapi.json'), { compat: ['nullable'] });
  }, 300_000);
  afterAll(() => repo?.dispose());

  it('has one entry per version, oldest introducing the spec', () => {
    expect(changelog.entries.map((e) => [e.subject, e.kind]).reverse()).toEqual([
      ['Version 1', 'introduced'],
      ...chain.slice(1).map((_f, i) => [`Version ${i + 2}`, expect.stringMatching(/^(changed|unchanged)$/)]),
    ]);
  });

  it('gives each commit the diff of its version against the one before', async () => {
    const entries = [...changelog.entries].reverse();
    for (let i = 1; i < chain.length; i++) {
      const [base, head] = await Promise.all([
        loadSpec(chain[i - 1] as string, { compat: ['nullable'] }),
        loadSpec(chain[i] as string, { compat: ['nullable'] }),
      ]);
      const want = diffSpecs(base, head, { today: entries[i]?.date }).changes.map((c) => [c.id, c.level, c.pointer, c.events]);
      expect(
        entries[i]?.changes.map((c) => [c.id, c.level, c.pointer, c.events]),
        `Version ${i + 1}`,
      ).toEqual(want);
    }
  }, 300_000);

  it('reports EVENTS.CUSTOMER.UPDATED added, and nothing breaking', () => {
    const all = changelog.entries.flatMap((e) => e.changes);
    expect(all.filter((c) => c.id === 'event-added').map((c) => c.event)).toEqual(['EVENTS.CUSTOMER.UPDATED']);
    expect(all.filter((c) => c.level === 'breaking')).toEqual([]);
  });
});
