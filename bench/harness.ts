/**
 * The benchmark harness's shared vocabulary. Each benchmark module `bench/<area>.bench.ts` exports
 * `run(context)` returning one section of docs/reference/BENCHMARKS.md; `bench/run.ts` runs them all in one go.
 * Figures are ratios against a baseline measured in the same run (medians of several runs), never
 * absolute thresholds: the machines are shared and noisy.
 */
export interface BenchContext {
  /** Path of ../shared/reference when present (the real 72-event spec), else undefined. */
  referenceDir: string | undefined;
  /** Scratch directory for this run. */
  tmpDir: string;
  /** Repetitions for medians (smaller with BENCH_QUICK=1). */
  repeat: number;
}

export interface BenchRow {
  name: string;
  /** Median milliseconds (or the unit named in `unit`). */
  value: number;
  unit?: string;
  /** Ratio against the section's baseline, when there is one. */
  ratio?: number;
  /** The target the issue names, e.g. "<= 1.5x baseline", and whether it was met. */
  target?: string;
  met?: boolean;
}

export interface BenchSection {
  title: string;
  baseline?: string;
  rows: BenchRow[];
  notes?: string[];
}

export type Benchmark = (context: BenchContext) => Promise<BenchSection | BenchSection[]>;

/** The median of some figures (the upper middle one for an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

/** Median of `repeat` timings of `fn`, in milliseconds, after one warm-up run. */
export async function medianMs(repeat: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  return (await interleavedMedians(repeat, { fn })).fn;
}

/**
 * Medians of several timings taken in turns (a, b, c, a, b, c, ...) after one warm-up of each: on a shared,
 * noisy machine a slow spell then weighs on every measurement alike, so their ratios stay meaningful.
 */
export async function interleavedMedians<K extends string>(
  repeat: number,
  fns: Record<K, () => unknown | Promise<unknown>>,
): Promise<Record<K, number>> {
  const names = Object.keys(fns) as K[];
  for (const name of names) await fns[name]();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < repeat; i++) {
    for (const name of names) {
      const start = performance.now();
      await fns[name]();
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name])])) as Record<K, number>;
}

/** Operations per second of `fn`, measured for about `ms` milliseconds, median of `repeat` rounds. */
export async function opsPerSecond(repeat: number, ms: number, fn: () => unknown): Promise<number> {
  const rounds: number[] = [];
  for (let r = 0; r <= repeat; r++) {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (let i = 0; i < 100; i++) fn();
      count += 100;
    }
    if (r > 0) rounds.push((count * 1000) / (performance.now() - start));
  }
  return median(rounds);
}
