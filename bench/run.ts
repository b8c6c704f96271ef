import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findReferenceDir, REFERENCE_HINT } from '../scripts/ci/reference-dir.mjs';
import { writeFileAtomic } from '../scripts/core/atomic-write.js';
import { type BenchResult, type Header, mergeFile, renderFile } from './benchmarks-file.js';
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
  const context: BenchContext = {
    referenceDir: findReferenceDir(),
    tmpDir: mkdtempSync(join(tmpdir(), 'wc-bench-')),
    repeat: process.env.BENCH_QUICK ? 3 : 7,
  };
  if (!context.referenceDir) console.log(`note: no ${REFERENCE_HINT}: benchmarks on the real 72-event spec are skipped`);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const results: BenchResult[] = [];
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
      results.push({ name: file.replace(/\.bench\.ts$/, ''), sections: JSON.parse(readFileSync(out, 'utf8')) as BenchSection[] });
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(context.tmpDir, { recursive: true, force: true });
  }
  const header: Header = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), Node ${process.version}, ${process.platform}/${process.arch}`,
    referencePresent: context.referenceDir !== undefined,
  };
  // A run of some benchmarks replaces only their sections: the others keep the figures of their last run.
  const path = join(root, 'docs/reference/BENCHMARKS.md');
  const markdown =
    only.length > 0 && existsSync(path) ? mergeFile(readFileSync(path, 'utf8'), results, { header }) : renderFile(header, results);
  writeFileAtomic(path, markdown);
  console.log(`wrote ${path} (${only.length > 0 ? `the sections of ${results.map((r) => r.name).join(', ')}` : 'every section'})`);
}

async function runChild(file: string, out: string): Promise<void> {
  const context = JSON.parse(process.env.BENCH_CONTEXT as string) as BenchContext;
  const { run } = (await import(pathToFileURL(join(here, file)).href)) as { run: Benchmark };
  const result = await run(context);
  writeFileSync(out, JSON.stringify(Array.isArray(result) ? result : [result]));
}

await main();
