import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStale, type OutputSet, type StaleOutput, staleOutputs, writeOutputs } from '../../scripts/core/output-set.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const TYPES = '// Generated — do not edit.\n// Fingerprint: aaaa\n\nexport type A = string;\nexport type B = number;\n';

/** A set of two files and an owned folder, written to a fresh folder. */
function writtenSet(): OutputSet {
  const root = mkdtempSync(join(tmpdir(), 'wc-output-set-'));
  dirs.push(root);
  const set: OutputSet = {
    root,
    files: [
      { path: 'types.ts', content: TYPES },
      { path: 'pages/a.md', content: '# A\n' },
    ],
    owns: [{ dir: 'pages', match: /\.md$/ }],
  };
  writeOutputs(set);
  return set;
}

describe('output sets', () => {
  it('writes every file and finds nothing stale right after', () => {
    const set = writtenSet();
    expect(readFileSync(join(set.root, 'types.ts'), 'utf8')).toBe(TYPES);
    expect(staleOutputs(set)).toEqual([]);
  });

  it.each<[string, { change: (root: string) => void; want: StaleOutput[]; text: string }]>([
    [
      'a missing file',
      { change: (root) => rmSync(join(root, 'types.ts')), want: [{ path: 'types.ts', reason: { kind: 'missing' } }], text: 'missing' },
    ],
    [
      'a file that differs (the first differing line, 1-based)',
      {
        change: (root) => writeFileSync(join(root, 'types.ts'), TYPES.replace('B = number', 'B = bigint')),
        want: [{ path: 'types.ts', reason: { kind: 'differs', line: 5 } }],
        text: 'differs from line 5',
      },
    ],
    [
      'a file cut short (the line past its end)',
      {
        change: (root) => writeFileSync(join(root, 'pages/a.md'), '# A'),
        want: [{ path: 'pages/a.md', reason: { kind: 'differs', line: 2 } }],
        text: 'differs from line 2',
      },
    ],
    [
      'a file that differs only in its fingerprint line',
      {
        change: (root) => writeFileSync(join(root, 'types.ts'), TYPES.replace('Fingerprint: aaaa', 'Fingerprint: bbbb')),
        want: [{ path: 'types.ts', reason: { kind: 'fingerprint-only' } }],
        text: 'differs only in its fingerprint line (made by another version of the toolkit or of its libraries)',
      },
    ],
    [
      'a file in an owned folder that the set no longer generates',
      {
        change: (root) => writeFileSync(join(root, 'pages/gone.md'), '# Gone\n'),
        want: [{ path: 'pages/gone.md', reason: { kind: 'extra' } }],
        text: 'no longer generated',
      },
    ],
  ])('--check names %s', (_name, { change, want, text }) => {
    const set = writtenSet();
    change(set.root);
    const stale = staleOutputs(set);
    expect(stale).toEqual(want);
    expect(describeStale(stale[0]!.reason)).toBe(text);
  });

  it('leaves files an owned folder does not match, and files outside owned folders', () => {
    const set = writtenSet();
    writeFileSync(join(set.root, 'pages/notes.txt'), 'kept\n');
    writeFileSync(join(set.root, 'other.md'), 'kept\n');
    expect(staleOutputs(set)).toEqual([]);
  });

  it('writing again removes the extra files and restores the rest', () => {
    const set = writtenSet();
    writeFileSync(join(set.root, 'pages/gone.md'), '# Gone\n');
    writeFileSync(join(set.root, 'types.ts'), 'edited\n');
    mkdirSync(join(set.root, 'pages/deeper'));
    writeFileSync(join(set.root, 'pages/deeper/old.md'), 'old\n');
    expect(writeOutputs(set)).toEqual(['types.ts', 'pages/a.md']);
    expect(existsSync(join(set.root, 'pages/gone.md'))).toBe(false);
    expect(existsSync(join(set.root, 'pages/deeper/old.md'))).toBe(false);
    expect(staleOutputs(set)).toEqual([]);
  });
});
