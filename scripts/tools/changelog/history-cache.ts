import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirIn, readCacheFile, writeCacheFile } from '../../core/cache-file.js';
import { modulesDigest, sha256 } from '../../core/code-digest.js';
import type { HistoryCommit } from './git-history.js';
import type { ChangelogEntry } from './types.js';

/**
 * Where a history walk stopped, so that the next `docs` run diffs only the commits made since (a commit never
 * changes: the entries up to it stay what they were). Kept under `node_modules/.cache/webhook-contracts/` of the
 * repository, never committed. Served only when every input of the walk is the same (see historyKey) and its
 * last commit is on the first-parent line being walked; anything else walks from the start again.
 */
export interface ResumePoint {
  /** The last first-parent commit walked (it may have changed no spec file). */
  head: string;
  /** The commit of the last version that loaded (the base of the next diff); null when none did. */
  lastGood: string | null;
  /** The repository files the spec was made of at `head` (what a later commit must touch to count). */
  watched: string[];
  /** Oldest first, tags left out (they are assigned again on every run: a tag may be added later). */
  entries: ChangelogEntry[];
}

/** Everything besides the commits that decides a walk's entries. */
export interface HistoryKeyInputs {
  root: string;
  specPath: string;
  shallow: boolean;
  compat?: readonly string[];
  policy?: unknown;
}

export interface HistoryStore {
  read(): ResumePoint | undefined;
  write(point: ResumePoint): void;
}

/** Bump when ResumePoint's shape changes. */
const FORMAT = 1;
/** Libraries whose behaviour shapes a loaded version (and so its diff). */
const LOADER_PACKAGES = ['js-yaml', 'yaml', '@apidevtools/json-schema-ref-parser'];

/** The key a stored walk must match: the inputs, and the code that walks, loads and diffs (its text, not its version). */
export function historyKey(inputs: HistoryKeyInputs, code = historyCodeDigest()): string {
  const { root, specPath, shallow, compat = [], policy = null } = inputs;
  return sha256(JSON.stringify([FORMAT, code, root, specPath, shallow, compat, policy]));
}

let codeDigest: string | undefined;

/**
 * The text of the changelog builder and of every local module it reaches (the loader, the diff rules), with the
 * versions of the loader's libraries: a toolkit change that could change an entry makes the stored walk stale.
 * Read from whatever runs (dist/*.js installed, the TypeScript sources in this repository).
 */
export function historyCodeDigest(): string {
  codeDigest ??= modulesDigest(
    ['./build-changelog.js', '../../core/spec/load.js'].map((m) => new URL(m, import.meta.url)),
    LOADER_PACKAGES,
  );
  return codeDigest;
}

/** The default place of the stored walks: `node_modules/.cache/webhook-contracts` of the repository, if it has node_modules. */
export function defaultCacheDir(root: string): string | undefined {
  const modules = join(root, 'node_modules');
  return existsSync(modules) ? cacheDirIn(modules) : undefined;
}

/** The stored walk of one spec in `dir`; a file that is unreadable, malformed or made for other inputs is ignored. */
export function historyStore(dir: string, inputs: HistoryKeyInputs, key = historyKey(inputs)): HistoryStore {
  const file = join(dir, `history-${sha256(`${inputs.root}\0${inputs.specPath}`).slice(0, 16)}.json`);
  return {
    read() {
      const stored = readCacheFile(file) as ({ key?: unknown } & Partial<ResumePoint>) | undefined;
      if (stored?.key !== key || typeof stored.head !== 'string' || !Array.isArray(stored.entries)) return undefined;
      if (!Array.isArray(stored.watched) || (stored.lastGood !== null && typeof stored.lastGood !== 'string')) return undefined;
      return { head: stored.head, lastGood: stored.lastGood, watched: stored.watched, entries: stored.entries };
    },
    write(point) {
      writeCacheFile(file, { key, ...point, entries: point.entries.map((e) => ({ ...e, tag: null })) });
    },
  };
}

/** The store of a walk with these options, if it has one (`cache` set, no `since`, a place to keep it). */
export function openStore(options: { cache?: true | { dir: string }; since?: string }, inputs: HistoryKeyInputs): HistoryStore | undefined {
  if (!options.cache || options.since !== undefined) return undefined;
  const dir = options.cache === true ? defaultCacheDir(inputs.root) : options.cache.dir;
  return dir === undefined ? undefined : historyStore(dir, inputs);
}

/** Where the stored walk resumes: its last commit and its base on the line walked now (else undefined: walk it all). */
export function resumePoint(
  point: ResumePoint | undefined,
  commits: HistoryCommit[],
): { point: ResumePoint; at: number; base: number } | undefined {
  if (!point) return undefined;
  const at = commits.findIndex((c) => c.commit === point.head);
  const base = point.lastGood === null ? -1 : commits.findIndex((c) => c.commit === point.lastGood);
  if (at === -1 || (point.lastGood !== null && (base === -1 || base > at))) return undefined;
  return { point, at, base };
}
