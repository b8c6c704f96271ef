import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangelog } from '../../../scripts/tools/changelog/build-changelog.js';
import { recordedHead, renderChangelogMarkdown } from '../../../scripts/tools/changelog/render-markdown.js';
import { pinnedHead } from '../../../scripts/tools/docs/living-docs.js';
import type { ScratchRepo } from '../../helpers/scratch-git.js';
import { buildHistory } from '../changelog/history-fixture.js';

/** A pull request that changes the spec and commits the regenerated changelog, merged by a merge commit (as CI checks it out). */
describe('the committed changelog through a merge', () => {
  let repo: ScratchRepo;
  let spec: string;
  let branchTip: string;
  beforeAll(async () => {
    ({ repo } = buildHistory());
    spec = join(repo.dir, 'spec/openapi.yaml');
    repo.git('checkout', '-q', '-b', 'pr');
    const order = readFileSync(join(repo.dir, 'spec/schemas/Order.yaml'), 'utf8');
    repo.commit('Orders carry a total', { 'spec/schemas/Order.yaml': `${order}  total: {type: integer}\n` });
    repo.commit('Regenerate the docs', { 'docs/CHANGELOG.md': renderChangelogMarkdown(await buildChangelog(spec)) });
    branchTip = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', 'main');
    repo.commit('Meanwhile on main', { 'NOTES.md': 'notes\n' });
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request', 'pr');
  });
  afterAll(() => repo.dispose());

  it('records the newest spec commit, and the check walks up to it: the same bytes on the merge commit', async () => {
    const committed = readFileSync(join(repo.dir, 'docs/CHANGELOG.md'), 'utf8');
    const recorded = recordedHead(committed);
    expect(recorded).toBe(repo.git('rev-parse', `${branchTip}~1`).trim());
    expect(pinnedHead(spec, committed)).toBe(recorded);
    expect(renderChangelogMarkdown(await buildChangelog(spec, { until: recorded }))).toBe(committed);
    // Walked up to the merge commit instead, the history names the merge, not the branch's commit.
    expect(renderChangelogMarkdown(await buildChangelog(spec))).not.toBe(committed);
  });

  it('pins nothing when the recorded commit is not in this history', () => {
    expect(pinnedHead(spec, '<!-- history up to commit 0123456789012345678901234567890123456789 -->\n')).toBeUndefined();
    expect(pinnedHead(spec, undefined)).toBeUndefined();
  });
});
