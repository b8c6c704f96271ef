import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swapInto } from '../../../scripts/tools/docs/swap.js';
import { tempDir } from '../../helpers/temp-spec.js';
import { readTree } from '../../helpers/tree.js';

const tree = (dir: string, files: Record<string, string>) => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
};
const text = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));

describe('swapInto', () => {
  it('replaces the generated parts and keeps every other file', () => {
    const root = tempDir();
    tree(join(root, 'out'), { 'index.html': 'old', 'events/gone.md': 'old', 'BENCHMARKS.md': 'mine' });
    tree(join(root, 'staging'), { 'index.html': 'new', 'events/a.md': 'new', 'openapi.json': '{}' });
    swapInto(join(root, 'staging'), join(root, 'out'), ['openapi.json', 'index.html', 'events']);
    expect(readTree(join(root, 'out'))).toEqual(
      text({ 'BENCHMARKS.md': 'mine', 'events/a.md': 'new', 'index.html': 'new', 'openapi.json': '{}' }),
    );
  });

  it('puts the previous parts back when a part cannot be moved', () => {
    const root = tempDir();
    tree(join(root, 'out'), { 'index.html': 'old', 'events/old.md': 'old' });
    tree(join(root, 'staging'), { 'index.html': 'new' });
    expect(() => swapInto(join(root, 'staging'), join(root, 'out'), ['index.html', 'events'])).toThrow(/ENOENT/);
    expect(readTree(join(root, 'out'))).toEqual(text({ 'events/old.md': 'old', 'index.html': 'old' }));
  });
});
