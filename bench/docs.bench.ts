import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildDocs, bundledJson } from '../scripts/docs/build-docs.js';
import { TEMPLATE } from '../scripts/docs/render-html.js';
import { typesStep } from '../scripts/docs/steps.js';
import { redoclyBin, redoclyEnv } from '../scripts/lint/redocly.js';
import { loadSpec } from '../scripts/spec/load.js';
import { type BenchContext, type Benchmark, type BenchRow, type BenchSection, medianMs } from './harness.js';

const run = promisify(execFile);
const TARGET = 1.5;
const CLI = resolve('bin/webhook-contracts.mjs');

/**
 * The whole `webhook-contracts docs` pipeline (load once, Redocly lint, bundle, Markdown pages, HTML render,
 * swap) against `redocly build-docs --inlineBundle` alone on the same bundled document, in the same run.
 * Measured twice: in-process (`buildDocs()`, warm) and as the CLI a user runs (`node bin/webhook-contracts.mjs
 * docs`, cold: Node start, tsx, imports).
 */
export const run_: Benchmark = async (context) => {
  const sections = [await section(context, 'our spec (3 events, multi-file YAML)', 'openapi/openapi.yaml', true)];
  const real = context.referenceDir && join(context.referenceDir, 'voucherify-webhooks.openapi.json');
  if (real && existsSync(real)) sections.push(await section(context, 'the real 72-event spec (one JSON file)', real, false));
  return sections;
};
export { run_ as run };

async function section(context: BenchContext, label: string, spec: string, strict: boolean): Promise<BenchSection> {
  const name = label.split(' ')[1] ?? 'spec';
  const bundled = join(context.tmpDir, `${name}.openapi.json`);
  writeFileSync(bundled, bundledJson(await loadSpec(spec)));
  const renderOnly = await medianMs(context.repeat, () =>
    run(
      process.execPath,
      [
        redoclyBin(),
        'build-docs',
        bundled,
        '--inlineBundle',
        `--output=${join(context.tmpDir, `${name}.redoc.html`)}`,
        `--template=${TEMPLATE}`,
      ],
      {
        env: redoclyEnv(),
      },
    ),
  );
  const outDir = join(context.tmpDir, `${name}-docs`);
  // The same steps as the CLI: for our spec that includes regenerating the project's types.
  const types = await typesStep(spec);
  const inProcess = await medianMs(context.repeat, () => buildDocs({ specPath: spec, outDir, strict, steps: [types] }));
  const cliArgs = [CLI, 'docs', '--spec', spec, '--out', join(context.tmpDir, `${name}-cli-docs`), ...(strict ? ['--strict'] : [])];
  const cli = await medianMs(context.repeat, () => run(process.execPath, cliArgs, { env: redoclyEnv(), maxBuffer: 64 * 1024 * 1024 }));
  const row = (rowName: string, value: number): BenchRow => ({
    name: rowName,
    value,
    ratio: value / renderOnly,
    target: `<= ${TARGET}x render alone`,
    met: value / renderOnly <= TARGET,
  });
  return {
    title: `Docs pipeline vs render alone: ${label}`,
    baseline: '`redocly build-docs --inlineBundle` alone (one child process) on the same bundled document',
    rows: [
      { name: 'redocly build-docs --inlineBundle alone', value: renderOnly, ratio: 1 },
      row(`webhook-contracts docs${strict ? ' --strict' : ''}, in-process buildDocs() (warm)`, inProcess),
      row(`webhook-contracts docs${strict ? ' --strict' : ''}, as the CLI (cold start: node + tsx)`, cli),
    ],
    notes: [
      'The pipeline also lints (a second Redocly process plus the Ajv example check), loads and bundles the spec, writes one Markdown page per event and, for our spec, regenerates the types (types step); lint, render and the in-process steps run concurrently on 2 cores.',
      `types step: ${'skipped' in types ? `skipped (${types.skipped})` : 'included'}.`,
    ],
  };
}
