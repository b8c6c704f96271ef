import { execFileSync } from 'node:child_process';
import { closeSync, constants, lstatSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './errors.js';
import { MAX_SOURCE_BYTES } from './spec/read-source.js';

/**
 * Reading files out of git objects into a private temp folder (for `diff REF:PATH`, `changelog` and the
 * history of `docs`). History is input like any other: it may hold symlinks to any path, files replaced
 * by folders, and blobs of any size. So:
 * - only regular files are written; a symlink (mode 120000) or a submodule is never created, and no write
 *   ever follows one (files are created with O_EXCL | O_NOFOLLOW);
 * - a blob's size is read from the tree (`ls-tree -l`) before the blob is: over MAX_SOURCE_BYTES, the version
 *   is refused (the caller reports it and skips it) without reading it;
 * - the `cat-file --batch` reader knows every answer (blob, tree, commit, tag, missing).
 */

export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  id: string;
  /** Bytes, for a blob. */
  size: number | undefined;
}

const REGULAR = new Set(['100644', '100755', '100664']);
export const isRegularFile = (entry: TreeEntry) => entry.type === 'blob' && REGULAR.has(entry.mode);
export const isSymlink = (entry: TreeEntry) => entry.mode === '120000';

/** A file in history over the size limit: the version holding it cannot be read. */
export class OversizeBlobError extends InputError {
  constructor(
    readonly path: string,
    readonly size: number,
    commit: string,
  ) {
    super(
      `${path} is ${size} bytes at ${commit.slice(0, 7)}, over the ${MAX_SOURCE_BYTES}-byte limit: this version is skipped, its files are not read`,
      {
        where: `${commit.slice(0, 7)}:${path}`,
      },
    );
    this.name = 'OversizeBlobError';
  }
}

/** Tree entries at `commit`: every file under `folder` (recursive), or exactly the entries named by `paths`. */
export function listTree(root: string, commit: string, select: { folder: string } | { paths: readonly string[] }): TreeEntry[] {
  if ('folder' in select) {
    const spec = select.folder === '.' ? [] : ['--', select.folder];
    return parseLsTree(git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '-l', '--full-tree', commit, ...spec], root));
  }
  const entries: TreeEntry[] = [];
  // In chunks: a commit touching thousands of files must not overflow the command line.
  for (let i = 0; i < select.paths.length; i += 500) {
    const chunk = select.paths.slice(i, i + 500);
    entries.push(...parseLsTree(git(['--literal-pathspecs', 'ls-tree', '-z', '-l', '--full-tree', commit, '--', ...chunk], root)));
  }
  return entries;
}

function parseLsTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', id = '', size = '-'] = record.slice(0, tab).split(/ +/);
    entries.push({ path: record.slice(tab + 1), mode, type, id, size: size === '-' ? undefined : Number(size) });
  }
  return entries;
}

/** Throws OversizeBlobError for the first regular file over the limit. */
export function assertBlobSizes(entries: readonly TreeEntry[], commit: string): void {
  const big = entries.find((e) => isRegularFile(e) && (e.size ?? 0) > MAX_SOURCE_BYTES);
  if (big) throw new OversizeBlobError(big.path, big.size ?? 0, commit);
}

/** The bytes of blobs, by id, in one `cat-file --batch` process; an id git does not have is left out. */
export function readObjects(root: string, ids: readonly string[]): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  if (ids.length === 0) return found;
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: `${ids.join('\n')}\n`, maxBuffer: 1 << 30 });
  let at = 0;
  for (const id of ids) {
    const end = out.indexOf(10, at);
    if (end === -1) break;
    const header = out.subarray(at, end).toString();
    at = end + 1;
    // `<name> missing` / `<name> ambiguous` carry no content; every object type (blob, tree, commit, tag) does.
    const [, type, size] = header.split(' ');
    if (size === undefined || type === 'missing' || type === 'ambiguous') continue;
    const length = Number(size);
    if (type === 'blob') found.set(id, out.subarray(at, at + length));
    at += length + 1;
  }
  return found;
}

/**
 * Writes a regular file in a folder of ours: never through a link (O_NOFOLLOW, O_EXCL after removing what
 * was there), replacing a folder or a file that stands in the way.
 */
export function writeRegularFile(base: string, path: string, bytes: Buffer): void {
  const file = join(base, path);
  makeParents(base, path);
  rmSync(file, { recursive: true, force: true });
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/** Removes a file or folder of ours; a path whose parent is now a file is already gone. */
export function removePath(base: string, path: string): void {
  try {
    rmSync(join(base, path), { recursive: true, force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
  }
}

/** Creates the parent folders of `path`, removing a file that stands where a folder must be (a file replaced by a folder). */
function makeParents(base: string, path: string): void {
  const parts = path.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const dir = join(base, ...parts.slice(0, i));
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!lstatSync(dir).isDirectory()) {
        rmSync(dir, { force: true });
        mkdirSync(dir);
      }
    }
  }
}

/** Writes the regular files among `entries` (read in one process) into `base`; returns the symlinks left out. */
export function writeEntries(root: string, base: string, entries: readonly TreeEntry[], commit: string): string[] {
  assertBlobSizes(entries, commit);
  const files = entries.filter(isRegularFile);
  const blobs = readObjects(root, [...new Set(files.map((f) => f.id))]);
  for (const file of files) writeRegularFile(base, file.path, blobs.get(file.id) ?? Buffer.alloc(0));
  return entries.filter(isSymlink).map((e) => e.path);
}

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}
