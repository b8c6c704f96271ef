import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSpec } from '../scripts/core/spec/load.js';
import { generateArtifacts } from '../scripts/tools/codegen/generate-artifacts.js';
import { bundledJson } from '../scripts/tools/docs/build-docs.js';
import { type Benchmark, type BenchRow, interleavedMedians, median } from './harness.js';
import { syntheticSpec } from './synthetic-spec.js';

const SIZES = [10, 100, 500];
/** Component schemas per event in the synthetic specs: 500 events over 400 components, like a large provider's. */
const COMPONENTS_PER_EVENT = 0.8;
const PACKAGE_LIMIT = 5 * 1024 * 1024;
const IMPORT_TARGET_MS = 200;

/**
 * What `types` and `package` cost as a spec grows: generation time, the validators' size and the generated
 * package's size and import time, at 10, 100 and 500 events over 0.8 component schemas per event (shared among
 * the events, see synthetic-spec.ts). Baselines in the same run: loading the spec (for times), the bundled
 * spec's size (for sizes), a bare `node` start (for imports).
 */
export const run: Benchmark = async (context) => {
  const specs = SIZES.map((n) => {
    const path = join(context.tmpDir, `codegen-${n}.json`);
    writeFileSync(path, JSON.stringify(syntheticSpec(n, { components: Math.ceil(n * COMPONENTS_PER_EVENT) })));
    return { n, path };
  });
  const repeat = Math.min(context.repeat, 5);
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const { n, path } of specs) {
    const spec = await loadSpec(path);
    const components = Object.keys(spec.document.components?.schemas ?? {}).length;
    const out = join(context.tmpDir, `codegen-${n}-out`, 'webhooks.ts');
    const m = await interleavedMedians(repeat, {
      load: () => loadSpec(path),
      types: async () => generateArtifacts(await loadSpec(path), out, 'bench'),
    });
    const files = await generateArtifacts(spec, out, 'bench');
    const validators = Buffer.byteLength(files.find((f) => f.path.endsWith('.validators.js'))?.content ?? '');
    const specBytes = Buffer.byteLength(bundledJson(spec));
    const pkg = join(context.tmpDir, `codegen-${n}-package`);
    const started = performance.now();
    const made = spawnSync(process.execPath, [resolve('bin/webhook-contracts.mjs'), 'package', '--spec', path, '--out', pkg], {
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(`package of ${n} events failed: ${made.stderr}`);
    const packageMs = performance.now() - started;
    const size = folderBytes(pkg);
    const bare = importMs('', repeat);
    const imported = importMs(join(pkg, 'dist/index.js'), repeat);
    const label = `${n} events, ${components} component schemas`;
    rows.push(
      { name: `${label}: load the spec (baseline)`, value: m.load, ratio: 1 },
      { name: `${label}: \`types\` (types + validators, in memory)`, value: m.types, ratio: m.types / m.load },
      { name: `${label}: bundled spec (baseline)`, value: specBytes / 1024, unit: 'KB', ratio: 1 },
      { name: `${label}: validators file`, value: validators / 1024, unit: 'KB', ratio: validators / specBytes },
      { name: `${label}: \`package\` (whole command)`, value: packageMs },
      {
        name: `${label}: package unpacked size`,
        value: size / 1024,
        unit: 'KB',
        ratio: size / specBytes,
        ...(n === 500 ? { target: '<= 5 MB', met: size <= PACKAGE_LIMIT } : {}),
      },
      { name: `${label}: a bare \`node\` start (baseline)`, value: bare, ratio: 1 },
      {
        name: `${label}: \`node\` importing the package`,
        value: imported,
        ratio: imported / bare,
        ...(n === 500 ? { target: `< ${IMPORT_TARGET_MS} ms over a bare start`, met: imported - bare < IMPORT_TARGET_MS } : {}),
      },
    );
  }
  notes.push(
    'Each event body is the shared envelope and customer plus three of the shared parts (a third of which refer to another part): the validators compile one function per component schema and one per event body; every `$ref` is a call, never a copy (see scripts/core/validate/ajv.ts).',
    'Import times are medians of fresh `node` processes; the import target is the time over a bare start.',
  );
  return {
    title: 'Types and package: 10, 100 and 500 events over shared components (synthetic specs)',
    baseline: 'loading the spec (times), the bundled spec (sizes), a bare `node` start (imports), each in the same run',
    rows,
    notes,
  };
};

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}

/** Median wall time of a fresh `node` importing `file` (nothing when empty). */
function importMs(file: string, repeat: number): number {
  const code = file ? `await import(${JSON.stringify(`file://${file}`)})` : '';
  const times: number[] = [];
  for (let i = 0; i <= repeat; i++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code]);
    if (child.status !== 0) throw new Error(`import ${file} failed: ${child.stderr}`);
    if (i > 0) times.push(performance.now() - started); // the first one warms the file cache
  }
  return median(times);
}
