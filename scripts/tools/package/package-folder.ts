import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import type { PackageFile } from './generate-package.js';

/** A file of the package folder that is not what generating again would write, and why. */
export interface StalePackageFile {
  path: string;
  reason: 'missing' | 'differs' | 'not generated';
}

/** What `--check` reports: the generated files missing or different on disk, and files under dist/ it would remove. */
export function stalePackageFiles(files: readonly PackageFile[], out: string): StalePackageFile[] {
  const stale: StalePackageFile[] = [];
  for (const file of files) {
    const path = join(out, file.path);
    if (!existsSync(path)) stale.push({ path: file.path, reason: 'missing' });
    else if (readFileSync(path, 'utf8') !== file.content) stale.push({ path: file.path, reason: 'differs' });
  }
  const wanted = new Set(files.map((file) => file.path));
  for (const path of listFiles(join(out, 'dist'), out)) if (!wanted.has(path)) stale.push({ path, reason: 'not generated' });
  return stale;
}

/** Writes the package into `out`, each file atomically, and removes files under `out/dist/` it no longer has. */
export function writePackage(files: readonly PackageFile[], out: string): void {
  for (const file of files) writeFileAtomic(join(out, file.path), file.content);
  const wanted = new Set(files.map((file) => file.path));
  for (const path of listFiles(join(out, 'dist'), out)) if (!wanted.has(path)) rmSync(join(out, path));
}

function listFiles(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
