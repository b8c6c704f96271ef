import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../scripts/core/atomic-write.js';
import type { BenchContext, Benchmark, BenchSection } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

/**
 * Each benchmark runs in a fresh process (`--child FILE`), so that one benchmark's heap and JIT state
 * (a 1,000-event spec, say) do not slow the next one down.
 */
async function main(): Promise<void> {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex !== -1) return runChild(process.argv[childIndex + 1] as string, process.argv[childIndex + 2] as string);
  const only = process.argv.slice(2);
  const referenceDir = resolve(root, '../shared/reference');
  const context: BenchContext = {
    referenceDir: existsSync(referenceDir) ? referenceDir : undefined,
    tmpDir: mkdtempSync(join(tmpdir(), 'wc-bench-')),
    repeat: process.env.BENCH_QUICK ? 3 : 7,
  };
  if (!context.referenceDir) console.log(`note: ${referenceDir} is absent: benchmarks on the real 72-event spec are skipped`);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const sections: BenchSection[] = [];
  try {
    for (const file of files) {
      const started = performance.now();
      console.log(`running ${file} ...`);
      const out = join(context.tmpDir, `${file}.json`);
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, out], {
        stdio: 'inherit',
        env: { ...process.env, BENCH_CONTEXT: JSON.stringify(context) },
      });
      if (child.status !== 0) throw new Error(`${file} failed (exit ${child.status})`);
      sections.push(...(JSON.parse(readFileSync(out, 'utf8')) as BenchSection[]));
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(context.tmpDir, { recursive: true, force: true });
  }
  const markdown = render(sections, context);
  writeFileAtomic(join(root, 'docs/BENCHMARKS.md'), markdown);
  console.log(markdown);
}

async function runChild(file: string, out: string): Promise<void> {
  const context = JSON.parse(process.env.BENCH_CONTEXT as string) as BenchContext;
  const { run } = (await import(pathToFileURL(join(here, file)).href)) as { run: Benchmark };
  const result = await run(context);
  writeFileSync(out, JSON.stringify(Array.isArray(result) ? result : [result]));
}

function render(sections: BenchSection[], context: BenchContext): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand). Every figure is the median of several runs; ratios',
    'compare against a baseline measured in the same run, so they hold across machines better than times do.',
    '',
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    `- machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}, ${process.platform}/${process.arch}`,
    `- real 72-event spec: ${context.referenceDir ? 'present' : 'absent (those rows are skipped)'}`,
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '');
    if (section.baseline) lines.push(`Baseline: ${section.baseline}`, '');
    lines.push('| measurement | value | ratio | target | met |', '| --- | ---: | ---: | --- | --- |');
    for (const row of section.rows) {
      const value = `${row.value >= 100 ? Math.round(row.value) : row.value.toFixed(2)} ${row.unit ?? 'ms'}`;
      const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}x`;
      const met = row.met === undefined ? '' : row.met ? 'yes' : '**no**';
      lines.push(`| ${row.name} | ${value} | ${ratio} | ${row.target ?? ''} | ${met} |`);
    }
    lines.push('');
    for (const note of section.notes ?? []) lines.push(`- ${note}`);
    if (section.notes?.length) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

await main();
