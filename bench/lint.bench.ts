import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { defaultVerdictFile } from '../scripts/core/validate/pattern-verdicts.js';
import { defaultVerdictsFile } from '../scripts/tools/lint/example-verdicts.js';
import { redoclyBin, redoclyEnv } from '../scripts/tools/lint/redocly.js';
import { type BenchContext, type Benchmark, type BenchSection, interleavedMedians } from './harness.js';
import { syntheticSpec } from './synthetic-spec.js';

const exec = promisify(execFile);

/**
 * What lint keeps between runs and what it leaves to Redocly, each measured against going without it, on
 * our spec and on the documented 500-event synthetic spec, after a prose edit (the spec's description):
 * - the kept verdicts (recheck's on patterns, the example check's per event) against a run without them;
 * - Redocly without its media-type example rule (our check covers every such example) against Redocly with it.
 */
export const run: Benchmark = async (context) => {
  const synthetic = join(context.tmpDir, 'lint-synthetic-500.json');
  writeFileSync(synthetic, JSON.stringify(syntheticSpec(500, { components: 400, documented: true }), null, 2));
  const ours = join(context.tmpDir, 'lint-ours');
  cpSync(resolve('openapi'), ours, { recursive: true }); // a copy: the runs edit it
  return [
    await lintSection(context, join(ours, 'openapi.yaml'), 'our spec (3 events, multi-file YAML)'),
    await lintSection(context, synthetic, '500 synthetic events over 400 shared component schemas (documented)'),
  ];
};

async function lintSection(context: BenchContext, spec: string, title: string): Promise<BenchSection> {
  let edits = 0;
  const edit = () => {
    const text = readFileSync(spec, 'utf8');
    edits++;
    if (!spec.endsWith('.json')) return writeFileSync(spec, text.replace(/^( {2}summary: .*?)(?: \(edit \d+\))?$/m, `$1 (edit ${edits})`));
    const document = JSON.parse(text);
    document.info.description = `Edited ${edits}.`;
    writeFileSync(spec, JSON.stringify(document, null, 2));
  };
  const forget = () => {
    for (const file of [defaultVerdictFile(import.meta.url), defaultVerdictsFile()]) if (file) rmSync(file, { force: true });
  };
  const lint = () =>
    exec(process.execPath, [resolve('bin/webhook-contracts.mjs'), 'lint', '--spec', spec], { env: redoclyEnv(), maxBuffer: 64 << 20 });
  const redocly = (...extra: string[]) =>
    exec(
      process.execPath,
      [redoclyBin(), 'lint', spec, '--format=json', '--max-problems=1000000', `--config=${resolve('redocly.yaml')}`, ...extra],
      {
        env: redoclyEnv(),
        maxBuffer: 64 << 20,
      },
    );
  const m = await interleavedMedians(context.repeat, {
    kept: () => {
      edit();
      return lint();
    },
    forgotten: () => {
      edit();
      forget();
      return lint();
    },
    redoclyAll: () => redocly(),
    redoclySkip: () => redocly('--skip-rule=no-invalid-media-type-examples'),
  });
  await lint(); // leave the verdicts kept
  return {
    title: `Lint: what it keeps and what it leaves to Redocly, ${title}`,
    baseline: '`webhook-contracts lint` with nothing kept from earlier runs (after a prose edit), and Redocly with every configured rule',
    rows: [
      { name: '`webhook-contracts lint`, nothing kept (baseline)', value: m.forgotten, ratio: 1 },
      { name: '`webhook-contracts lint`, verdicts kept from the last run', value: m.kept, ratio: m.kept / m.forgotten },
      { name: '`redocly lint`, every configured rule (baseline)', value: m.redoclyAll, ratio: 1 },
      {
        name: '`redocly lint` without no-invalid-media-type-examples (what lint runs)',
        value: m.redoclySkip,
        ratio: m.redoclySkip / m.redoclyAll,
      },
    ],
    notes: [
      "Each lint run follows an edit of the spec's description (the schemas and examples unchanged): kept, the example check compiles no validator and recheck is not loaded; nothing kept, the verdict files are removed first. Redocly runs alone on the same file.",
    ],
  };
}
