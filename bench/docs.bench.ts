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
/** The script the project copy gains for the render alone, run through npm. */
const RENDER_SCRIPT = 'bench-render-alone';
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
  writeFileSync(synthetic, JSON.stringify(syntheticSpec(500, { components: 400, documented: true }), null, 2));
  sections.push(
    await otherSpec(context, synthetic, '500 synthetic events over 400 shared component schemas (one JSON file, documented)', {
      strict: true,
    }),
  );
  const real = context.referenceDir && join(context.referenceDir, 'voucherify-webhooks.openapi.json');
  if (real && existsSync(real)) sections.push(await otherSpec(context, real, 'the real 72-event spec (one JSON file)', { strict: false }));
  return sections;
};

/** The schema file the "schema edited" runs change (a property's description: the types' comments change with it). */
const EDITED_SCHEMA = 'openapi/schemas/RewardRedemption.yaml';

async function projectSpec(context: BenchContext): Promise<BenchSection> {
  const project = projectCopy(context.tmpDir);
  const spec = join(project, 'openapi/openapi.yaml');
  const schema = join(project, EDITED_SCHEMA);
  const out = join(context.tmpDir, 'project-docs');
  const npm =
    (script: string, ...args: string[]) =>
    () =>
      exec('npm', ['run', '--silent', script, '--', ...args], { cwd: project, env: redoclyEnv() });
  let edits = 0;
  const edited =
    <T>(file: string, fn: () => Promise<T>) =>
    () => {
      editFile(file, ++edits);
      return fn();
    };
  const types = typesStep(spec, { root: project });
  const build = () => buildDocs({ specPath: spec, outDir: out, strict: true, steps: [types] });
  // "unchanged" runs right after the schema edit's run: the types caught up on that edit in that run, so each
  // unchanged run starts from a spec the previous run has seen.
  const m = await interleavedMedians(context.repeat, {
    renderAlone: await renderOnly(context, spec, 'project'),
    renderViaNpm: npm(RENDER_SCRIPT),
    prose: edited(spec, npm('docs', '--out', out)),
    schema: edited(schema, npm('docs', '--out', out)),
    unchanged: npm('docs', '--out', out),
    startup: npm('docs', '--help'),
    inProcessProse: edited(spec, build),
    inProcessSchema: edited(schema, build),
    inProcess: build,
  });
  const renderAlone = m.renderAlone;
  const viaNpm = (value: number) => ` (${(value / m.renderViaNpm).toFixed(2)}x the render through npm)`;
  return section('our spec (3 events, multi-file YAML)', renderAlone, {
    rows: [
      row('`npm run docs`, spec unchanged since the last run', m.unchanged, renderAlone),
      row(`\`npm run docs\`, prose edited before every run (info.summary)${viaNpm(m.prose)}`, m.prose, renderAlone),
      row(`\`npm run docs\`, a schema edited before every run (a property's description)${viaNpm(m.schema)}`, m.schema, renderAlone),
      {
        name: 'the render alone launched through npm as well: `npm run` of a script running `redocly build-docs …`',
        value: m.renderViaNpm,
        ratio: m.renderViaNpm / renderAlone,
      },
      { name: 'start-up alone: `npm run docs -- --help` (npm, Node, the CLI)', value: m.startup, ratio: m.startup / renderAlone },
      {
        name: 'floor: start-up + render alone, nothing else',
        value: m.startup + renderAlone,
        ratio: (m.startup + renderAlone) / renderAlone,
      },
      row('in-process `buildDocs()` (warm), spec unchanged', m.inProcess, renderAlone),
      row('in-process `buildDocs()` (warm), prose edited before every run', m.inProcessProse, renderAlone),
      row('in-process `buildDocs()` (warm), a schema edited before every run', m.inProcessSchema, renderAlone),
    ],
    notes: [
      'Run in a clone of the project (its git history, the working tree copied over, node_modules linked) so that the types step regenerates its own scripts/generated/ and the history step walks the real history: resumed from the walk stored by the previous run (history-cache.ts), as after any edit that is not a commit.',
      "Prose edited: `info.summary` changes before every run. Redocly lint runs again (a second Redocly process) and the pages and the HTML are remade; the generated types are not (no generator reads `info`: their fingerprints leave it out, fingerprint.ts), and lint's example check and pattern check answer from the verdicts kept by the previous run (example-verdicts.ts, pattern-verdicts.ts). A schema edited: a property's description in a schema file changes, so the types are regenerated (its JSDoc comment changes: openapi-typescript loads TypeScript, ~0.5 s of CPU) and the examples of the events that reach that schema are checked again.",
      "Redocly lint starts beside our load (offline; stopped if the load fails); the render follows the load (it reads the checked bundle). npm's launcher and Node's start-up come first whatever the pipeline does: the floor row is what `npm run docs` would cost if it did nothing but render, and the render through npm is the baseline launched the same way.",
    ],
  });
}

async function otherSpec(context: BenchContext, original: string, title: string, { strict }: { strict: boolean }): Promise<BenchSection> {
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
      exec(
        process.execPath,
        [resolve('bin/webhook-contracts.mjs'), 'docs', '--spec', spec, '--out', out, ...(strict ? ['--strict'] : []), ...extra],
        {
          env: redoclyEnv(),
          maxBuffer: 64 * 1024 * 1024,
        },
      );
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
    inProcess: edited(() => buildDocs({ specPath: spec, outDir: out, strict })),
  });
  const renderAlone = m.renderAlone;
  return section(title, renderAlone, {
    rows: [
      row(`\`webhook-contracts docs --spec …\`${strict ? ' --strict' : ' (not strict)'}, spec edited before every run`, m.cli, renderAlone),
      { name: '`webhook-contracts lint --spec …` alone, spec edited before every run', value: m.lint, ratio: m.lint / renderAlone },
      row('in-process `buildDocs()` (warm), spec edited before every run', m.inProcess, renderAlone),
    ],
    notes: [
      `No types step (types are generated for the project spec only) and no history (the copy is outside git). ${
        strict
          ? "Strict, as `npm run docs` is: the spec passes our lint (the documented variant of bench/synthetic-spec.ts), and a lint error would stop the run. The edit is the spec's description: lint's example check answers from the verdicts kept by the previous run."
          : 'Not strict (the spec has lint errors): lint reports its problems and does not gate; it runs beside the render.'
      }`,
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
  // The render alone, as a script of the copy's package.json: launched by npm like `npm run docs`.
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  const bundle = join(project, 'docs-render-alone.json');
  writeFileSync(bundle, readFileSync(resolve('docs/openapi.json')));
  manifest.scripts[RENDER_SCRIPT] =
    `redocly build-docs ${bundle} --inlineBundle --output=${join(tmpDir, 'npm-render.html')} --template=${TEMPLATE}`;
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  return project;
}

/** Appends ` (edit N)` to the first `summary:`/`description:` line of the file, saved a few seconds ago. */
function editFile(file: string, edit: number): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/^( *(?:summary|description): .*?)(?: \(edit \d+\))?$/m, `$1 (edit ${edit})`);
  if (next === text) throw new Error(`cannot edit a summary or description in ${file}`);
  writeFileSync(file, next);
  // Saved a few seconds ago, as by a person (no step may depend on a just-written timestamp).
  const earlier = new Date(Date.now() - 10_000);
  utimesSync(file, earlier, earlier);
}

const row = (name: string, value: number, baseline: number): BenchRow => ({
  name,
  value,
  ratio: value / baseline,
  target: `<= ${TARGET}x render alone`,
  met: value / baseline <= TARGET,
});
