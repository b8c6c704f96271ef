import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedSpec, loadSpec } from '../scripts/core/spec/load.js';
import { diffSpecs } from '../scripts/tools/diff/diff-specs.js';
import type { DiffReport } from '../scripts/tools/diff/types.js';
import { type BenchContext, type Benchmark, type BenchRow, type BenchSection, medianMs } from './harness.js';
import { syntheticSpec } from './synthetic-spec.js';

const compat = { compat: ['nullable'] as const };
const SIZES = [10, 100, 1000];

export const run: Benchmark = async (context) => {
  const sections = [await synthetic(context)];
  if (context.referenceDir) sections.unshift(await realSpec(context, context.referenceDir), await realHistory(context.referenceDir));
  return sections;
};

/** The real 72-event spec against a copy with a few review-like changes. */
async function realSpec(context: BenchContext, referenceDir: string): Promise<BenchSection> {
  const basePath = join(referenceDir, 'voucherify-webhooks.openapi.json');
  const document = JSON.parse(readFileSync(basePath, 'utf8'));
  const changed = mutate(document);
  const headPath = join(context.tmpDir, 'voucherify-changed.json');
  writeFileSync(headPath, JSON.stringify(changed.document));
  const load = await medianMs(context.repeat, () => loadSpec(basePath, compat));
  const base = await loadSpec(basePath, compat);
  const head = await loadSpec(headPath, compat);
  let report: DiffReport | undefined;
  const diff = await medianMs(context.repeat, () => {
    report = diffSpecs(base, head);
  });
  const total = await medianMs(Math.min(context.repeat, 3), async () =>
    diffSpecs(await loadSpec(basePath, compat), await loadSpec(headPath, compat)),
  );
  return {
    title: 'Spec diff: the real 72-event spec (850 KB) against a copy with a few changes',
    baseline: 'loading (reading, checking, bundling) the spec once',
    rows: [
      { name: 'load one side (baseline)', value: load, ratio: 1 },
      { name: 'diff two loaded specs', value: diff, ratio: diff / load, target: '< 1000 ms', met: diff < 1000 },
      { name: 'whole command: load both sides + diff', value: total, ratio: total / load },
    ],
    notes: [`changes made: ${changed.made.join('; ')}`, `report: ${summarize(report)}`],
  };
}

/** Each consecutive pair of the real review history (oldest first), as a reviewer would see it. */
async function realHistory(referenceDir: string): Promise<BenchSection> {
  const historyDir = join(referenceDir, 'voucherify-history');
  const files = [
    ...readdirSync(historyDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(historyDir, f)),
    join(referenceDir, 'voucherify-webhooks.openapi.json'),
  ];
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  let previous: LoadedSpec | undefined;
  for (const [i, file] of files.entries()) {
    const spec = await loadSpec(file, compat);
    if (previous) {
      const start = performance.now();
      const report = diffSpecs(previous, spec);
      const name = `${short(files[i - 1] as string)} → ${short(file)}`;
      rows.push({ name: `diff ${name}`, value: performance.now() - start });
      notes.push(`${name}: ${summarize(report)}`);
    }
    previous = spec;
  }
  return { title: 'Spec diff: the real review history (consecutive versions, first run each)', rows, notes };
}

/** Synthetic specs of growing size: time per event should stay flat (linear growth). */
async function synthetic(context: BenchContext): Promise<BenchSection> {
  const rows: BenchRow[] = [];
  let perEventAt10 = 0;
  for (const n of SIZES) {
    const basePath = join(context.tmpDir, `synthetic-${n}.base.json`);
    const headPath = join(context.tmpDir, `synthetic-${n}.head.json`);
    writeFileSync(basePath, JSON.stringify(syntheticSpec(n)));
    writeFileSync(headPath, JSON.stringify(syntheticSpec(n, { variant: 'head' })));
    const base = await loadSpec(basePath);
    const head = await loadSpec(headPath);
    const diff = await medianMs(context.repeat, () => diffSpecs(base, head));
    const perEvent = diff / n;
    if (n === SIZES[0]) perEventAt10 = perEvent;
    rows.push({ name: `diff, ${n} events`, value: diff });
    rows.push({ name: `diff per event, ${n} events`, value: perEvent, ratio: perEvent / perEventAt10 });
  }
  const last = rows.at(-1) as BenchRow;
  last.target = '<= 2x the 10-event cost per event';
  last.met = (last.ratio ?? 0) <= 2;
  return {
    title: 'Spec diff: synthetic specs of 10, 100 and 1,000 events (bench/synthetic-spec.ts)',
    baseline: 'the per-event diff time of the 10-event spec',
    rows,
    notes: ['each head spec: a shared required field removed, an enum value added, a description edited, an event added'],
  };
}

/** A few review-like changes to the real spec: a shared property removed, an enum value added, a description edited, an event removed. */
function mutate(document: { webhooks: Record<string, unknown>; components: { schemas: Record<string, Record<string, unknown>> } }) {
  const made: string[] = [];
  const schemas = document.components.schemas;
  const withProperties = Object.entries(schemas).find(([, s]) => s.properties && Object.keys(s.properties as object).length > 2);
  if (withProperties) {
    const [name, schema] = withProperties;
    const property = Object.keys(schema.properties as object)[0] as string;
    delete (schema.properties as Record<string, unknown>)[property];
    if (Array.isArray(schema.required)) schema.required = schema.required.filter((r) => r !== property);
    made.push(`property ${name}.${property} removed`);
  }
  const withEnum = Object.entries(schemas).find(([, s]) => Array.isArray(s.enum));
  if (withEnum) {
    (withEnum[1].enum as unknown[]).push('BENCH_VALUE');
    made.push(`enum value added to ${withEnum[0]}`);
  }
  const described = Object.entries(schemas).find(([, s]) => typeof s.description === 'string');
  if (described) {
    described[1].description = `${described[1].description} (edited)`;
    made.push(`description of ${described[0]} edited`);
  }
  const last = Object.keys(document.webhooks).at(-1) as string;
  delete document.webhooks[last];
  made.push(`event ${last} removed`);
  return { document, made };
}

function summarize(report: DiffReport | undefined): string {
  if (!report) return 'none';
  const { breaking, warning, info } = report.summary;
  const ids = report.changes.map((c) => `${c.id} (${c.events.length === 1 ? c.event : `${c.events.length} events`} ${c.pointer || '/'})`);
  return `${breaking} breaking, ${warning} warning, ${info} info${ids.length ? `: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', ...' : ''}` : ''}`;
}

const short = (file: string) =>
  file
    .split('/')
    .at(-1)
    ?.replace(/\.json$/, '') ?? file;
