import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadSpec } from '../scripts/core/spec/load.js';
import { buildDocs, bundledJson } from '../scripts/tools/docs/build-docs.js';
import { TEMPLATE } from '../scripts/tools/docs/render-html.js';
import { typesStep } from '../scripts/tools/docs/steps.js';
import { redoclyBin, redoclyEnv } from '../scripts/tools/lint/redocly.js';
import { type BenchContext, type Benchmark, type BenchRow, type BenchSection, interleavedMedians } from './harness.js';
import { syntheticSpec } from './synthetic-spec.js';

const exec = promisify(execFile);
const TARGET = 2;
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
  const synthetic = join(context.tmpDir, 'synthetic-500.json');
  writeFileSync(synthetic, JSON.stringify(syntheticSpec(500, { components: 400 }), null, 2));
  sections.push(await otherSpec(context, synthetic, '500 synthetic events over 400 shared component schemas (one JSON file)'));
  const real = context.referenceDir && join(context.referenceDir, 'voucherify-webhooks.openapi.json');
  if (real && existsSync(real)) sections.push(await otherSpec(context, real, 'the real 72-event spec (one JSON file)'));
  return sections;
};

async function projectSpec(context: BenchContext): Promise<BenchSection> {
  const project = projectCopy(context.tmpDir);
  const spec = join(project, 'openapi/openapi.yaml');
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
  const types = typesStep(spec, { root: project });
  const build = () => buildDocs({ specPath: spec, outDir: out, strict: true, steps: [types] });
  // "unchanged" runs right after "edited": the types catch up on that edit first (warm-up and measured run
  // alike), so each unchanged run starts from a spec the previous run has seen.
  const m = await interleavedMedians(context.repeat, {
    renderAlone: await renderOnly(context, spec, 'project'),
    renderViaNpx: await renderOnly(context, spec, 'project-npx', { cwd: project, npx: true }),
    edited: edited(npm('--out', out)),
    catchUp: npm('--out', out),
    unchanged: npm('--out', out),
    startup: npm('--help'),
    inProcessEdited: edited(build),
    inProcessCatchUp: build,
    inProcess: build,
  });
  const renderAlone = m.renderAlone;
  return section('our spec (3 events, multi-file YAML)', renderAlone, {
    rows: [
      row('`npm run docs`, spec unchanged since the last run', m.unchanged, renderAlone),
      row('`npm run docs`, spec edited before every run', m.edited, renderAlone),
      { name: 'start-up alone: `npm run docs -- --help` (npm, Node, the CLI)', value: m.startup, ratio: m.startup / renderAlone },
      {
        name: 'the render alone launched through npm as well: `npx redocly build-docs …`',
        value: m.renderViaNpx,
        ratio: m.renderViaNpx / renderAlone,
      },
      {
        name: 'floor: start-up + render alone, nothing else',
        value: m.startup + renderAlone,
        ratio: (m.startup + renderAlone) / renderAlone,
      },
      row('in-process `buildDocs()` (warm), spec unchanged', m.inProcess, renderAlone),
      row('in-process `buildDocs()` (warm), spec edited before every run', m.inProcessEdited, renderAlone),
    ],
    notes: [
      `Against the render launched the same way (\`npx redocly build-docs\`, npm's launcher on both sides): \`npm run docs\` ${(m.unchanged / m.renderViaNpx).toFixed(2)}x unchanged, ${(m.edited / m.renderViaNpx).toFixed(2)}x edited.`,
      'Run in a clone of the project (its git history, the working tree copied over, node_modules linked) so that the types step regenerates its own scripts/generated/ and the history step walks the real history: resumed from the walk stored by the previous run (history-cache.ts), as after any edit that is not a commit.',
      'Unchanged: the generated types are up to date (their fingerprints match), so the pipeline lints, loads, writes the Markdown pages and renders. Edited: `info.summary` changes before every run, so Redocly lint runs again (a second Redocly process, about as much CPU as the render) and the types are regenerated (openapi-typescript loads TypeScript: ~0.8 s of CPU).',
      "No child process starts before the spec is loaded and its `$ref`s are checked (an unchecked `$ref` could make Redocly fetch a URL): the render's Redocly start-up (~0.5 s) follows our load instead of overlapping it. The floor row is what `npm run docs` would cost if the pipeline did nothing but render: npm's launcher and Node's start-up come first whatever the pipeline does.",
    ],
  });
}

async function otherSpec(context: BenchContext, original: string, title: string): Promise<BenchSection> {
  const name = title.replace(/\W+/g, '-');
  const out = join(context.tmpDir, `${name}-docs`);
  // A copy, edited before every run (its description gains a counter), as after a spec edit.
  const spec = join(context.tmpDir, `${name}.spec.json`);
  cpSync(original, spec);
  let edits = 0;
  const edited =
    <T>(fn: () => Promise<T>) =>
    () => {
      const document = JSON.parse(readFileSync(spec, 'utf8'));
      document.info.description = `Edited ${++edits} time(s).`;
      writeFileSync(spec, JSON.stringify(document, null, 2));
      return fn();
    };
  const cli =
    (...extra: string[]) =>
    () =>
      exec(process.execPath, [resolve('bin/webhook-contracts.mjs'), 'docs', '--spec', spec, '--out', out, ...extra], {
        env: redoclyEnv(),
        maxBuffer: 64 * 1024 * 1024,
      });
  const lint = () =>
    exec(process.execPath, [resolve('bin/webhook-contracts.mjs'), 'lint', '--spec', spec], {
      env: redoclyEnv(),
      maxBuffer: 256 * 1024 * 1024,
    }).catch((error: { code?: number }) => {
      if (error.code !== 1) throw error; // 1: lint found problems, which is expected here
    });
  const m = await interleavedMedians(context.repeat, {
    renderAlone: await renderOnly(context, spec, name),
    cli: edited(cli()),
    lint: edited(lint),
    inProcess: edited(() => buildDocs({ specPath: spec, outDir: out, strict: false })),
  });
  const renderAlone = m.renderAlone;
  return section(title, renderAlone, {
    rows: [
      row('`webhook-contracts docs --spec …` (not strict), spec edited before every run', m.cli, renderAlone),
      { name: '`webhook-contracts lint --spec …` alone, spec edited before every run', value: m.lint, ratio: m.lint / renderAlone },
      row('in-process `buildDocs()` (warm), spec edited before every run', m.inProcess, renderAlone),
    ],
    notes: [
      'No types step (types are generated for the project spec only) and no history (the copy is outside git). Not strict: lint reports its problems and does not gate; it runs beside the render.',
    ],
  });
}

/** A section of BENCHMARKS.md: the render alone first, as the baseline of every ratio. */
function section(spec: string, renderAlone: number, { rows, notes }: { rows: BenchRow[]; notes: string[] }): BenchSection {
  return {
    title: `Docs pipeline vs render alone: ${spec}`,
    baseline: '`redocly build-docs --inlineBundle` alone (one child process) on the same bundled document',
    rows: [{ name: 'redocly build-docs --inlineBundle alone', value: renderAlone, ratio: 1 }, ...rows],
    notes,
  };
}

/** A function that runs the render alone (`redocly build-docs`) on the spec's bundled document, with Node or through npx. */
async function renderOnly(
  context: BenchContext,
  spec: string,
  name: string,
  via: { cwd?: string; npx?: boolean } = {},
): Promise<() => Promise<unknown>> {
  const bundled = join(context.tmpDir, `${name}.openapi.json`);
  writeFileSync(bundled, bundledJson(await loadSpec(spec)));
  const output = `--output=${join(context.tmpDir, `${name}.redoc.html`)}`;
  const args = ['build-docs', bundled, '--inlineBundle', output, `--template=${TEMPLATE}`];
  const options = { env: redoclyEnv(), cwd: via.cwd };
  return via.npx
    ? () => exec('npx', ['--no-install', 'redocly', ...args], options)
    : () => exec(process.execPath, [redoclyBin(), ...args], options);
}

/**
 * A clone of this repository (its history: the docs history step walks it) with the working tree's project
 * parts copied over, and node_modules linked.
 */
function projectCopy(tmpDir: string): string {
  const project = join(tmpDir, 'project');
  execFileSync('git', ['clone', '--quiet', '--no-checkout', resolve('.'), project]);
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
  // Saved a few seconds ago, as by a person (no step may depend on a just-written timestamp).
  const earlier = new Date(Date.now() - 10_000);
  utimesSync(spec, earlier, earlier);
}

const row = (name: string, value: number, baseline: number): BenchRow => ({
  name,
  value,
  ratio: value / baseline,
  target: `<= ${TARGET}x render alone`,
  met: value / baseline <= TARGET,
});
