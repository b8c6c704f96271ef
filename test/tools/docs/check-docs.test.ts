import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { bundledJson } from '../../../scripts/tools/docs/build-docs.js';
import { checkDocs } from '../../../scripts/tools/docs/check-docs.js';
import { renderEventPages } from '../../../scripts/tools/docs/event-pages.js';
import { livingDocs, pinnedHead } from '../../../scripts/tools/docs/living-docs.js';
import { tempDir } from '../../helpers/temp-spec.js';

const SPEC = DEFAULT_SPEC;

/** A docs folder holding exactly what the spec generates (the committed parts). */
async function freshDocs(): Promise<string> {
  const dir = tempDir();
  const spec = await loadSpec(SPEC);
  for (const [path, content] of [['openapi.json', bundledJson(spec)] as const, ...renderEventPages(spec)]) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('checkDocs', () => {
  it('finds the committed docs of this repository up to date (run `npm run docs` after changing the spec)', async () => {
    // As `docs --check` does: the history up to the commit the committed CHANGELOG.md records.
    const until = pinnedHead(SPEC, readFileSync('docs/CHANGELOG.md', 'utf8'));
    const living = livingDocs(SPEC, { until, pacts: { dir: 'contracts/pacts', label: 'contracts/pacts' } });
    expect(await checkDocs(SPEC, 'docs', { living: living.gather })).toEqual([]);
  });

  it.each([
    ['nothing stale', { change: (_dir: string) => {}, want: [] }],
    [
      'an edited page',
      {
        change: (dir: string) => writeFileSync(join(dir, 'events/customer.reward_redemptions.created.md'), 'edited\n'),
        want: [{ path: 'events/customer.reward_redemptions.created.md', reason: { kind: 'differs', line: 1 } }],
      },
    ],
    [
      'a deleted bundle',
      { change: (dir: string) => rmSync(join(dir, 'openapi.json')), want: [{ path: 'openapi.json', reason: { kind: 'missing' } }] },
    ],
    [
      'a page of an event the spec no longer has',
      {
        change: (dir: string) => writeFileSync(join(dir, 'events/gone.md'), 'old\n'),
        want: [{ path: 'events/gone.md', reason: { kind: 'extra' } }],
      },
    ],
  ])('%s', async (_name, { change, want }) => {
    const dir = await freshDocs();
    change(dir);
    expect(await checkDocs(SPEC, dir)).toEqual(want);
  });
});
