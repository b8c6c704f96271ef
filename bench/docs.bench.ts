import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildDocs, bundledJson } from '../scripts/docs/build-docs.js';
import { TEMPLATE } from '../scripts/docs/render-html.js';
import { typesStep } from '../scripts/docs/steps.js';
import { redoclyBin, redoclyEnv } from '../scripts/lint/redocly.js';
import { loadSpec } from '../scripts/spec/load.js';
import { type BenchContext, type Benchmark, type BenchRow, type BenchSection, medianMs } from './harness.js';

const exec = promisify(execFile);
const TARGET = 1.5;
/** What a copy of the project needs to run `npm run docs` on its own spec (node_modules is linked). */
const PROJECT_PARTS = ['package.json', 'tsconfig.json', 'redocly.yaml', 'bin', 'scripts', 'openapi'];

/**
 * `npm run docs` (lint, load, bundle, types, Markdown pages, HTML render, swap) against `redocly build-docs
 * --inlineBundle` alone on the same bundled document, in the same run. Two cases: the spec unchanged since
 * the last run (the generated types' fingerprints match) and the spec edited before every run (everything
 * is redone). The start-up row shows the floor: npm, Node and the CLI start before any step can.
 */
export const run: Benchmark = async (context) => {
  const sections = [await projectSpec(context)];
  const real = context.referenceDir && join(context.referenceDir, 'voucherify-webhooks.openapi.json');
  if (real && existsSync(real)) sections.push(await otherSpec(context, real));
  return sections;
};

async function projectSpec(context: BenchContext): Promise<BenchSection> {
  const project = projectCopy(context.tmpDir);
  const spec = join(project, 'openapi/openapi.yaml');
  const renderAlone = await renderOnly(context, spec, 'project');
  const out = join(context.tmpDir, 'project-docs');
  const npm =
    (...args: string[]) =>
    () =>
      exec('npm', ['run', '--silent', 'docs', '--', ...args], { cwd: project, env: redoclyEnv() });
  let edits = 0;
  const edited =
    <T>(fn: () => Promise<T>) =>
    () => {
      editSpec(spec, ++edits);
      return fn();
    };
  const unchanged = await medianMs(context.repeat, npm('--out', out));
  const afterEdit = await medianMs(context.repeat, edited(npm('--out', out)));
  const startup = await medianMs(context.repeat, npm('--help'));
  const types = typesStep(spec, { root: project });
  const build = () => buildDocs({ specPath: spec, outDir: out, strict: true, steps: [types] });
  const inProcess = await medianMs(context.repeat, build);
  const inProcessEdited = await medianMs(context.repeat, edited(build));
  return {
    title: 'Docs pipeline vs render alone: our spec (3 events, multi-file YAML)',
    baseline: '`redocly build-docs --inlineBundle` alone (one child process) on the same bundled document',
    rows: [
      { name: 'redocly build-docs --inlineBundle alone', value: renderAlone, ratio: 1 },
      row('`npm run docs`, spec unchanged since the last run', unchanged, renderAlone),
      row('`npm run docs`, spec edited before every run', afterEdit, renderAlone),
      { name: 'start-up alone: `npm run docs -- --help` (npm, Node, the CLI)', value: startup, ratio: startup / renderAlone },
      {
        name: 'floor: start-up + render alone, nothing else',
        value: startup + renderAlone,
        ratio: (startup + renderAlone) / renderAlone,
      },
      row('in-process `buildDocs()` (warm), spec unchanged', inProcess, renderAlone),
      row('in-process `buildDocs()` (warm), spec edited before every run', inProcessEdited, renderAlone),
    ],
    notes: [
      'Run in a copy of the project (node_modules linked) so that the types step regenerates its own scripts/generated/.',
      'Unchanged: the generated types are up to date (their fingerprints match), so the pipeline lints, loads, writes the Markdown pages and renders. Edited: `info.summary` changes before every run, so the types are regenerated too (openapi-typescript loads TypeScript: ~1 s of CPU).',
      'Redocly lint and the Redocly render are two child processes; with the in-process steps that is three CPU-bound jobs on this 2-core machine. The render cannot start before the spec is loaded and its `$ref`s checked (an unchecked `$ref` could make Redocly fetch a URL).',
    ],
  };
}

async function otherSpec(context: BenchContext, spec: string): Promise<BenchSection> {
  const renderAlone = await renderOnly(context, spec, 'voucherify');
  const out = join(context.tmpDir, 'voucherify-docs');
  const cli = await medianMs(context.repeat, () =>
    exec(process.execPath, [resolve('bin/webhook-contracts.mjs'), 'docs', '--spec', spec, '--out', out], {
      env: redoclyEnv(),
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const inProcess = await medianMs(context.repeat, () => buildDocs({ specPath: spec, outDir: out, strict: false }));
  return {
    title: 'Docs pipeline vs render alone: the real 72-event spec (one JSON file)',
    baseline: '`redocly build-docs --inlineBundle` alone (one child process) on the same bundled document',
    rows: [
      { name: 'redocly build-docs --inlineBundle alone', value: renderAlone, ratio: 1 },
      row('`webhook-contracts docs --spec …` (not strict: 953 Redocly problems)', cli, renderAlone),
      row('in-process `buildDocs()` (warm)', inProcess, renderAlone),
    ],
    notes: ['No types step: types are generated for the project spec only.'],
  };
}

async function renderOnly(context: BenchContext, spec: string, name: string): Promise<number> {
  const bundled = join(context.tmpDir, `${name}.openapi.json`);
  writeFileSync(bundled, bundledJson(await loadSpec(spec)));
  const output = `--output=${join(context.tmpDir, `${name}.redoc.html`)}`;
  const args = [redoclyBin(), 'build-docs', bundled, '--inlineBundle', output, `--template=${TEMPLATE}`];
  return medianMs(context.repeat, () => exec(process.execPath, args, { env: redoclyEnv() }));
}

function projectCopy(tmpDir: string): string {
  const project = join(tmpDir, 'project');
  mkdirSync(project, { recursive: true });
  for (const part of PROJECT_PARTS) cpSync(part, join(project, part), { recursive: true, preserveTimestamps: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  return project;
}

function editSpec(spec: string, edit: number): void {
  const text = readFileSync(spec, 'utf8');
  const next = text.replace(/^( {2}summary: .*?)(?: \(edit \d+\))?$/m, `$1 (edit ${edit})`);
  if (next === text) throw new Error(`cannot edit info.summary in ${spec}`);
  writeFileSync(spec, next);
}

const row = (name: string, value: number, baseline: number): BenchRow => ({
  name,
  value,
  ratio: value / baseline,
  target: `<= ${TARGET}x render alone`,
  met: value / baseline <= TARGET,
});
