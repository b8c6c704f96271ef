import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

/**
 * One set of generated files (the types and validators, the docs' committed pages, a consumer package):
 * written each atomically, and checked (`--check`) with one set of reasons. A set may own folders: a file
 * found there that the set no longer generates is stale too, and writing the set removes it.
 */
export interface OutputFile {
  /** Path inside the set's root, `/`-separated. */
  path: string;
  content: string;
}

export interface OutputSet {
  /** The folder the paths are relative to (`.` for paths relative to the working directory). */
  root: string;
  files: readonly OutputFile[];
  /** Folders inside `root` the set owns whole; with `match`, only the file names it matches. */
  owns?: readonly { dir: string; match?: RegExp }[];
}

/** Why a file on disk is not what generating again would write. */
export type StaleReason =
  | { kind: 'missing' }
  /** First differing line, 1-based (one past the end when the file on disk is a prefix). */
  | { kind: 'differs'; line: number }
  /** Only the `// Fingerprint:` line differs: made by another version of the toolkit or of its libraries. */
  | { kind: 'fingerprint-only' }
  /** In a folder the set owns, but not generated any more. */
  | { kind: 'extra' };

export interface StaleOutput {
  path: string;
  reason: StaleReason;
}

const FINGERPRINT_LINE = /^\/\/ Fingerprint: /;

/** The files of the set that are stale on disk, in the set's order, then the extra files by path. */
export function staleOutputs(set: OutputSet): StaleOutput[] {
  const stale: StaleOutput[] = [];
  for (const file of set.files) {
    const disk = readOrUndefined(join(set.root, file.path));
    if (disk === file.content) continue;
    stale.push({ path: file.path, reason: disk === undefined ? { kind: 'missing' } : difference(disk, file.content) });
  }
  for (const path of extraFiles(set)) stale.push({ path, reason: { kind: 'extra' } });
  return stale;
}

/** Writes every file of the set (each atomically) and removes the extra ones. Returns the paths written. */
export function writeOutputs(set: OutputSet): string[] {
  for (const file of set.files) writeFileAtomic(join(set.root, file.path), file.content);
  for (const path of extraFiles(set)) rmSync(join(set.root, path));
  return set.files.map((file) => file.path);
}

/** A stale reason as the commands print it after the file's path. */
export function describeStale(reason: StaleReason): string {
  switch (reason.kind) {
    case 'missing':
      return 'missing';
    case 'differs':
      return `differs from line ${reason.line}`;
    case 'fingerprint-only':
      return 'differs only in its fingerprint line (made by another version of the toolkit or of its libraries)';
    case 'extra':
      return 'no longer generated';
  }
}

function difference(disk: string, fresh: string): StaleReason {
  const a = disk.split('\n');
  const b = fresh.split('\n');
  const found = a.findIndex((text, i) => text !== b[i]);
  const at = found === -1 ? a.length : found;
  const without = (lines: string[]) => lines.filter((_, i) => i !== at).join('\n');
  if (FINGERPRINT_LINE.test(b[at] ?? '') && FINGERPRINT_LINE.test(a[at] ?? '') && without(a) === without(b)) {
    return { kind: 'fingerprint-only' };
  }
  return { kind: 'differs', line: at + 1 };
}

function extraFiles(set: OutputSet): string[] {
  const wanted = new Set(set.files.map((file) => file.path));
  const extra: string[] = [];
  for (const { dir, match } of set.owns ?? []) {
    const folder = join(set.root, dir);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || (match && !match.test(entry.name))) continue;
      const path = relative(set.root, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (!wanted.has(path)) extra.push(path);
    }
  }
  return extra.sort();
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
