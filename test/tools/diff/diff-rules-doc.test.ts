import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../../scripts/tools/diff/registry.js';
import { diffFixture, hasPair } from './fixtures.js';

const DOC = readFileSync(resolve(import.meta.dirname, '../../../docs/reference/diff-rules.md'), 'utf8');

/** Every row of every table in docs/reference/diff-rules.md: its first cell and its Fixtures cell (the last). */
function rows(markdown: string): Array<{ keyword: string; fixtures: string }> {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !/^\| (Keyword|Field) \|/.test(line))
    .map((line) => {
      const cells = line.slice(2, -2).split(' | ');
      return { keyword: cells[0] ?? '', fixtures: cells.at(-1) ?? '' };
    });
}

/** `` `pair` → `id` level `` or `` `pair` → none ``, separated by `<br>`. */
function entries(cell: string): Array<[pair: string, want: Array<[string, string]>]> {
  return cell.split('<br>').map((entry) => {
    const match = /^`([a-z0-9-]+)` → (?:`([a-z0-9-]+)` (breaking|warning|info)|none)$/.exec(entry.trim());
    if (!match) throw new Error(`unreadable fixture entry "${entry}"`);
    return [match[1] as string, match[2] ? [[match[2], match[3] as string]] : []];
  });
}

const TABLE = rows(DOC);
const PAIRS = TABLE.flatMap((row) => entries(row.fixtures).map(([pair, want]) => [`${row.keyword}: ${pair}`, pair, want] as const));

describe('docs/reference/diff-rules.md', () => {
  it('has a table row per keyword, each with at least one fixture pair', () => {
    expect(TABLE.length).toBeGreaterThan(60);
    for (const row of TABLE) expect(entries(row.fixtures).length, row.keyword).toBeGreaterThan(0);
  });

  it('names every rule id of the registry', () => {
    const missing = [...REGISTRY.keys()].filter((id) => !id.startsWith('response-') && !DOC.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it.each(PAIRS)('%s', async (_label, pair, want) => {
    expect(hasPair(pair), `no pair "${pair}" in test/tools/diff/pairs/ or test/fixtures/diff/`).toBe(true);
    const report = await diffFixture(pair);
    expect(report.changes.map((c) => [c.id, c.level])).toEqual(want);
  });
});
