import type { BenchSection } from './harness.js';

/**
 * docs/reference/BENCHMARKS.md: a header, then each benchmark's sections, each block opened by a marker naming the
 * benchmark that wrote it (`<!-- bench: receivers -->`). A full run (`npm run bench`) rewrites the file; a
 * run of some benchmarks (`npm run bench receivers`) replaces only their blocks and leaves the rest, the
 * header included, byte for byte.
 */
export interface Header {
  date: string;
  machine: string;
  referencePresent: boolean;
}

/** One benchmark's results: `name` is its file without `.bench.ts`. */
export interface BenchResult {
  name: string;
  sections: BenchSection[];
}

const MARKER = /^<!-- bench: ([\w-]+) -->$/;

export function renderFile(header: Header, results: BenchResult[]): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand). Every figure is the median of several runs; ratios',
    'compare against a baseline measured in the same run, so they hold across machines better than times do.',
    '`npm run bench NAME` re-runs one benchmark and replaces only its sections, which then say so.',
    '',
    `- date: ${header.date}`,
    `- machine: ${header.machine}`,
    `- real 72-event spec: ${header.referencePresent ? 'present' : 'absent (those rows are skipped)'}`,
    '',
  ];
  return `${[...lines, ...results.map((r) => renderBlock(r))].join('\n').trimEnd()}\n`;
}

/** The existing file with the blocks of `results` replaced (or appended, for a benchmark it did not have). */
export function mergeFile(existing: string, results: BenchResult[], rerun: { header: Header }): string {
  const { head, blocks } = splitBlocks(existing);
  const fresh = new Map(results.map((r) => [r.name, renderBlock(r, rerun.header)]));
  const byName = new Map(blocks.map((b) => [b.name, b.text]));
  for (const [name, text] of fresh) byName.set(name, text);
  // In name order, as a whole run writes them: a benchmark run for the first time takes its place.
  const merged = [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, text]) => text);
  return `${[head.trimEnd(), '', ...merged].join('\n').trimEnd()}\n`;
}

/** The text before the first marker, and each marker's block (up to the next marker). */
export function splitBlocks(text: string): { head: string; blocks: Array<{ name: string; text: string }> } {
  const lines = text.split('\n');
  const head: string[] = [];
  const blocks: Array<{ name: string; lines: string[] }> = [];
  for (const line of lines) {
    const name = MARKER.exec(line)?.[1];
    if (name) blocks.push({ name, lines: [line] });
    else (blocks.at(-1)?.lines ?? head).push(line);
  }
  return { head: head.join('\n'), blocks: blocks.map((b) => ({ name: b.name, text: `${b.lines.join('\n').trimEnd()}\n` })) };
}

function renderBlock(result: BenchResult, rerun?: Header): string {
  const lines = [`<!-- bench: ${result.name} -->`];
  for (const section of result.sections) {
    lines.push(`## ${section.title}`, '');
    if (rerun) {
      const reference = rerun.referencePresent ? '' : '; real 72-event spec absent, its rows skipped';
      lines.push(`_Re-run alone on ${rerun.date} (\`npm run bench ${result.name}\`${reference})._`, '');
    }
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
