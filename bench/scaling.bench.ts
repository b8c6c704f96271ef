import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSpec } from '../scripts/core/spec/bundle.js';
import { type LoadedSpec, loadSpec } from '../scripts/core/spec/load.js';
import { compileEventValidators } from '../scripts/core/validate/ajv.js';
import { generateArtifacts } from '../scripts/tools/codegen/generate-artifacts.js';
import { diffSpecs } from '../scripts/tools/diff/diff-specs.js';
import { lintSpec } from '../scripts/tools/lint/lint-spec.js';
import { type Benchmark, type BenchRow, interleavedMedians } from './harness.js';
import { syntheticSpec } from './synthetic-spec.js';

const SIZES = [10, 100, 500];
const LARGEST = SIZES.at(-1) as number;
/** Component schemas per event, shared among the events (synthetic-spec.ts): 400 at 500 events. */
const COMPONENTS_PER_EVENT = 0.8;

type Step = (paths: { base: string; head: string; out: string }, loaded: LoadedSpec) => Promise<unknown>;

/** Each step as its command does it, loading included. */
const STEPS: Record<string, Step> = {
  load: (p) => loadSpec(p.base),
  bundle: (p) => bundleSpec(p.base, 'json'),
  types: async (p) => generateArtifacts(await loadSpec(p.base), join(p.out, 'webhooks.ts'), 'bench'),
  validate: async (p) => {
    const spec = await loadSpec(p.base);
    return compileEventValidators(spec, [spec.events[0]?.type ?? '']);
  },
  diff: async (p) => diffSpecs(await loadSpec(p.base), await loadSpec(p.head)),
  'lint (Redocly + example check)': (p) => lintSpec(p.base),
};

/**
 * How every command scales with the number of events, on synthetic specs (shared and distinct schemas,
 * see synthetic-spec.ts): median time per run and per event at 10, 100 and 500 events. Linear growth
 * shows as a flat per-event cost; the ratio compares the per-event cost at each size with that at 100
 * events (at 10, fixed start-up costs dominate).
 */
export const run: Benchmark = async (context) => {
  const steps = { ...STEPS, ...(await docsStep()) };
  const inputs = SIZES.map((n) => {
    const paths = {
      base: join(context.tmpDir, `scaling-${n}.json`),
      head: join(context.tmpDir, `scaling-${n}-head.json`),
      out: join(context.tmpDir, `scaling-${n}-out`),
    };
    const components = Math.ceil(n * COMPONENTS_PER_EVENT);
    writeFileSync(paths.base, JSON.stringify(syntheticSpec(n, { components })));
    writeFileSync(paths.head, JSON.stringify(syntheticSpec(n, { variant: 'head', components })));
    return { n, paths };
  });
  const times: Record<string, Record<number, number>> = {};
  for (const [name, step] of Object.entries(steps)) {
    // The sizes in turns (10, 100, 500, 10, ...): garbage left by a big run weighs on the small ones alike.
    const loaded = await Promise.all(inputs.map(({ paths }) => loadSpec(paths.base)));
    const runs = Object.fromEntries(inputs.map(({ n, paths }, i) => [n, () => step(paths, loaded[i] as LoadedSpec)]));
    times[name] = await interleavedMedians(Math.min(context.repeat, 5), runs);
  }
  const rows: BenchRow[] = [];
  for (const [name, bySize] of Object.entries(times)) {
    const perEventAt100 = (bySize[100] as number) / 100;
    for (const n of SIZES) {
      const perEvent = (bySize[n] as number) / n;
      rows.push({
        name: `${name}, ${n} events (${perEvent.toFixed(2)} ms/event)`,
        value: bySize[n] as number,
        ratio: perEvent / perEventAt100,
        ...(n === LARGEST ? { target: `per-event cost at ${LARGEST} <= 2x that at 100 (linear)`, met: perEvent <= 2 * perEventAt100 } : {}),
      });
    }
  }
  return {
    title: 'Scaling: every command from 10 to 100 to 500 events (synthetic specs, 0.8 shared component schemas per event)',
    baseline: 'the per-event cost of the same step at 100 events (ratio 1.00 = perfectly linear)',
    rows,
    notes: [
      '`lint` runs Redocly as a child process (its start-up is in every size) and our example check (these specs have no examples).',
      'Each step includes loading the spec, as its command does. `validate` is loading plus compiling the one event validator it checks at run time (what `validate --event` does); `types` includes the ahead-of-time validator code.',
    ],
  };
};

/** The docs step: the Markdown event pages (the HTML render is timed against Redocly in docs.bench.ts). */
async function docsStep(): Promise<Record<string, Step>> {
  const { renderEventPages } = await import('../scripts/tools/docs/event-pages.js');
  return { 'docs (Markdown event pages)': async (p) => renderEventPages(await loadSpec(p.base)) };
}
