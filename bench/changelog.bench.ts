import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadSpec } from '../scripts/core/spec/load.js';
import { buildChangelog } from '../scripts/tools/changelog/build-changelog.js';
import { scratchRepo } from '../test/helpers/scratch-git.js';
import { type Benchmark, medianMs } from './harness.js';

const COMMITS = 200;
const SCHEMAS = ['RewardRedemption.yaml', 'SimpleCustomer.yaml', 'Reward.yaml', 'SimpleVoucher.yaml'];

/**
 * `webhook-contracts changelog` over a generated history of our spec: 200 commits in a scratch repository, each
 * an ordinary review change (a field added, made nullable, a description edited, a no-op reformat), with a commit
 * outside the spec, a commit that does not parse (and its fix) and a tag now and then.
 */
export const run: Benchmark = async (context) => {
  const repo = scratchRepo('wc-bench-changelog-');
  try {
    cpSync('openapi', join(repo.dir, 'openapi'), { recursive: true });
    repo.commit('Our spec', {});
    const read = (file: string) => readFileSync(join(repo.dir, 'openapi/schemas', file), 'utf8');
    const kinds = new Map<string, number>();
    for (let i = 1; i < COMMITS; i++) {
      const file = SCHEMAS[i % SCHEMAS.length] as string;
      const path = `openapi/schemas/${file}`;
      const schema = parse(read(file)) as { properties: Record<string, Record<string, unknown>>; description?: string };
      const step = i % 10;
      let kind: string;
      let change: Record<string, string | null>;
      if (i % 50 === 0) {
        kind = 'does not parse, then fixed';
        change = { [path]: `${read(file)}\n  broken: [\n` };
        repo.commit(`Commit ${i}: ${kind}`, change);
        change = { [path]: read(file).replace(/\n {2}broken: \[\n$/, '') };
      } else if (step === 3) {
        kind = 'outside the spec';
        change = { 'NOTES.md': `note ${i}\n` };
      } else if (step === 5) {
        kind = 'no-op reformat';
        change = { [path]: `# revision ${i}\n${read(file).replace(/^# revision \d+\n/, '')}` };
      } else if (step === 7 && schema.properties[`bench_${i - 8}`]) {
        kind = 'field made nullable';
        schema.properties[`bench_${i - 8}`] = { type: ['string', 'null'], description: 'A benchmark field.' };
        change = { [path]: stringify(schema) };
      } else if (step % 2 === 0) {
        kind = 'description edited';
        schema.description = `${schema.description ?? ''} (${i})`;
        change = { [path]: stringify(schema) };
      } else {
        kind = 'optional field added';
        schema.properties[`bench_${i}`] = { type: 'string', description: 'A benchmark field.' };
        change = { [path]: stringify(schema) };
      }
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      repo.commit(`Commit ${i}: ${kind}`, change);
      if (i % 40 === 0) repo.git('tag', `v0.${i / 40}.0`);
    }
    const commits = Number(repo.git('rev-list', '--count', 'HEAD').trim());
    const load = await medianMs(context.repeat, () => loadSpec(join(repo.dir, 'openapi/openapi.yaml')));
    let entries = 0;
    let changes = 0;
    const whole = await medianMs(Math.min(context.repeat, 3), async () => {
      const changelog = await buildChangelog(join(repo.dir, 'openapi/openapi.yaml'));
      entries = changelog.entries.length;
      changes = changelog.entries.reduce((n, e) => n + e.changes.length, 0);
    });
    return {
      title: `Changelog: a generated history of ${commits} commits of our spec`,
      baseline: 'loading our spec once (3 events, multi-file YAML)',
      rows: [
        { name: 'load the spec once (baseline)', value: load, ratio: 1 },
        {
          name: `changelog of ${commits} commits (${entries} touch the spec)`,
          value: whole,
          ratio: whole / load,
          target: '< 30 s',
          met: whole < 30_000,
        },
        { name: 'per spec commit', value: whole / entries, ratio: whole / entries / load },
      ],
      notes: [
        `history: ${[...kinds].map(([k, n]) => `${n} × ${k}`).join(', ')}; a tag every 40 commits`,
        `result: ${entries} entries, ${changes} changes; each distinct version (git tree id of openapi/) loaded once`,
        `schemas edited in turn: ${SCHEMAS.join(', ')} (of ${readdirSync('openapi/schemas').length})`,
      ],
    };
  } finally {
    repo.dispose();
  }
};
