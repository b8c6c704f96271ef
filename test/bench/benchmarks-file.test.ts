import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BenchResult, type Header, mergeFile, renderFile, splitBlocks } from '../../bench/benchmarks-file.js';

const header: Header = { date: '2026-11-29', machine: '2 cores (test), Node v20, linux/x64', referencePresent: true };
const result = (name: string, value: number): BenchResult => ({
  name,
  sections: [{ title: `${name} section`, rows: [{ name: 'a row', value }] }],
});

describe('docs/reference/BENCHMARKS.md', () => {
  it('a run of one benchmark replaces only its block: the header and the other blocks stay byte for byte', () => {
    const before = renderFile(header, [result('contracts', 1), result('receivers', 2), result('validate', 3)]);
    const after = mergeFile(before, [result('receivers', 9)], { header: { ...header, date: '2026-12-01', referencePresent: false } });
    const blocks = (text: string) => splitBlocks(text).blocks;
    expect(splitBlocks(after).head).toBe(splitBlocks(before).head);
    expect(blocks(after).map((b) => b.name)).toEqual(['contracts', 'receivers', 'validate']);
    expect(blocks(after)[0]).toEqual(blocks(before)[0]);
    expect(blocks(after)[2]).toEqual(blocks(before)[2]);
    expect(blocks(after)[1]?.text).toContain('| a row | 9.00 ms |');
    expect(blocks(after)[1]?.text).toContain(
      '_Re-run alone on 2026-12-01 (`npm run bench receivers`; real 72-event spec absent, its rows skipped)._',
    );
  });

  it('a benchmark the file does not have yet takes its place in name order', () => {
    const before = renderFile(header, [result('contracts', 1), result('scaling', 2)]);
    const after = mergeFile(before, [result('lint', 5)], { header });
    expect(splitBlocks(after).blocks.map((b) => b.name)).toEqual(['contracts', 'lint', 'scaling']);
  });

  it('the committed file has one block per benchmark in bench/', () => {
    const { blocks } = splitBlocks(readFileSync('docs/reference/BENCHMARKS.md', 'utf8'));
    const benchmarks = readdirSync('bench').filter((f) => f.endsWith('.bench.ts'));
    expect(blocks.map((b) => `${b.name}.bench.ts`)).toEqual(benchmarks.sort());
  });
});
