import { existsSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { InputError } from '../../core/errors.js';
import { removePath, writeRegularFile } from '../../core/git-objects.js';
import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
import { turnYielder } from '../../core/yield-turn.js';
import { diffSpecs } from '../diff/diff-specs.js';
import { checkoutSpecFolder, type GitCheckout } from '../diff/git-source.js';
import type { LevelPolicy } from '../diff/levels.js';
import { filesAt, findRepository, firstParentCommits, type HistoryCommit, tagsByCommit, treeIds } from './git-history.js';
import { openStore, resumePoint } from './history-cache.js';
import type { Changelog, ChangelogEntry } from './types.js';

export interface ChangelogOptions extends LoadOptions {
  since?: string;
  until?: string;
  policy?: LevelPolicy;
  /**
   * Resume from the walk the last run stored (history-cache.ts) and store this one: `true` keeps it under the
   * repository's node_modules/.cache (none without node_modules), `{ dir }` in that folder. Not with `since`.
   */
  cache?: true | { dir: string };
}

interface Version {
  spec: LoadedSpec | undefined;
  /** A file of the loaded version → its path in the repository. */
  display: (file: string) => string;
  error: string | undefined;
  /** Repository-relative files the version is made of (for a version that did not parse: what it may be made of). */
  files: Set<string>;
}

/**
 * The spec's history: every first-parent commit that changed the spec's root file or a file its `$ref`s reach
 * (as that set stood at the commit before), diffed against the previous version that parsed. Each distinct
 * version (the git tree id of the spec's folder) is loaded once. Newest entry first.
 */
export async function buildChangelog(specFile: string, options: ChangelogOptions = {}): Promise<Changelog> {
  const repo = findRepository(specFile);
  if ('unavailable' in repo) return { spec: specFile, note: `${repo.unavailable}: no history to show`, entries: [] };
  const { root, specPath } = repo;
  const folder = posix.dirname(specPath);
  const commits = firstParentCommits(root, options);
  const tags = tagsByCommit(root);
  const store = openStore(options, { root, specPath, shallow: repo.shallow, compat: options.compat, policy: options.policy });
  const resumed = resumePoint(store?.read(), commits);
  // Resumed: only the stored base and the commits after the stored walk may be loaded.
  const loadable = resumed ? commits.slice(resumed.base === -1 ? resumed.at + 1 : resumed.base) : commits;
  const keys = treeIds(root, [...loadable.map((c) => c.commit), ...(options.since ? [options.since] : [])], folder);
  const versions = new Map<string, Version>();
  const mirror = new FolderMirror(root, specPath);
  const load = async (commit: string, fallback: Set<string>): Promise<Version> => {
    const key = keys.get(commit) ?? `absent:${commit}`;
    let version = versions.get(key);
    if (!version) {
      version = await mirror.load(commit, options, fallback);
      versions.set(key, version);
    }
    return version;
  };
  const start = options.since ? await load(options.since, new Set([specPath])) : undefined;
  let watched = resumed ? new Set(resumed.point.watched) : (start?.files ?? new Set([specPath]));
  let lastGood = start?.spec ? start : undefined;
  let lastGoodCommit = resumed?.point.lastGood ?? null;
  /** The stored walk's base, loaded only when a new commit needs a diff against it. */
  let storedBase = resumed?.base ?? -1;
  const entries: ChangelogEntry[] = resumed ? resumed.point.entries : [];
  const nextTurn = turnYielder(); // a long history must not hold off SIGTERM and Ctrl-C
  try {
    for (const [index, commit] of commits.entries()) {
      if (resumed && index <= resumed.at) continue;
      await nextTurn();
      mirror.changed(commit.files.filter((f) => inFolder(f, folder)));
      if (!commit.files.some((f) => watched.has(f))) continue;
      if (storedBase !== -1) {
        lastGood = await load((commits[storedBase] as HistoryCommit).commit, watched); // the mirror's first checkout
        for (const c of commits.slice(storedBase + 1, index + 1)) mirror.changed(c.files.filter((f) => inFolder(f, folder)));
        storedBase = -1;
      }
      const version = await load(commit.commit, new Set([...watched, ...commit.files.filter((f) => inFolder(f, folder))]));
      watched = version.files;
      const base = { ...describe(commit), tag: null as string | null };
      if (!version.spec) entries.push({ ...base, kind: 'unparsable', error: version.error ?? 'did not load', changes: [] });
      else if (!lastGood?.spec) entries.push({ ...base, kind: 'introduced', events: version.spec.events.map((e) => e.type), changes: [] });
      else {
        const report = diffSpecs(lastGood.spec, version.spec, {
          policy: options.policy,
          today: commit.date,
          displayFile: version.display,
        });
        entries.push({ ...base, kind: report.changes.length ? 'changed' : 'unchanged', changes: report.changes });
      }
      if (version.spec) {
        lastGood = version;
        lastGoodCommit = commit.commit;
      }
    }
  } finally {
    mirror.dispose();
  }
  const last = commits.at(-1);
  if (store && last) store.write({ head: last.commit, lastGood: lastGoodCommit, watched: [...watched], entries });
  assignReleases(entries, commits, tags);
  const note = repo.shallow ? 'the clone is shallow: the history below starts at its oldest fetched commit' : undefined;
  const head = entries.at(-1)?.commit;
  return { spec: specPath, ...(note ? { note } : {}), ...(head ? { head } : {}), entries: entries.reverse() };
}

/** Each entry belongs to the first tag at or after it on the first-parent line; null after the last tag. */
function assignReleases(entries: ChangelogEntry[], commits: HistoryCommit[], tags: Map<string, string[]>): void {
  const position = new Map(commits.map((c, i) => [c.commit, i]));
  const tagged = commits.filter((c) => tags.has(c.commit));
  for (const entry of entries) {
    const at = position.get(entry.commit) ?? 0;
    const release = tagged.find((c) => (position.get(c.commit) ?? 0) >= at);
    entry.tag = release ? (tags.get(release.commit) ?? []).join(', ') : null;
  }
}

/**
 * The spec's folder as of the commit being read, in one temp folder: unpacked once from git, then only the files
 * changed since are rewritten (a commit changes a file or two, a checkout would unpack them all again).
 */
class FolderMirror {
  private checkout: GitCheckout | undefined;
  private pending = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly specPath: string,
  ) {}

  /** Files of the folder changed by a commit on the way (applied at the next load). */
  changed(files: string[]): void {
    for (const f of files) this.pending.add(f);
  }

  async load(commit: string, options: LoadOptions, fallback: Set<string>): Promise<Version> {
    const { loadSpec } = await import('../../core/spec/load.js');
    const short = commit.slice(0, 7);
    let temp = '';
    const describe = (text: string) => (temp ? text.replaceAll(`${temp}/`, `${short}:`) : text);
    try {
      temp = this.sync(commit);
      const spec = await loadSpec(join(temp, this.specPath), options);
      const display = (file: string) => (file.startsWith(`${temp}/`) ? relative(temp, file) : file);
      return { spec, display, error: undefined, files: new Set([...spec.sources.keys()].map(display)) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { spec: undefined, display: (f) => f, error: describe(error.toLine()).replaceAll(`${commit}:`, `${short}:`), files: fallback };
    }
  }

  /** Brings the temp folder to `commit`; returns the folder standing for the repository root. */
  private sync(commit: string): string {
    if (!this.checkout) {
      this.checkout = checkoutSpecFolder(commit, this.specPath, this.root);
      this.pending.clear();
    }
    const temp = this.checkout.specFile.slice(0, -this.specPath.length - 1);
    // Cleared only once read: a version skipped (a blob over the limit) leaves its files to the next one.
    const files = [...filesAt(this.root, commit, [...this.pending])];
    this.pending.clear();
    // Removals first: a file replaced by a folder (or the reverse) is gone before its successor is written.
    for (const [path, bytes] of files) if (bytes === null) removePath(temp, path);
    for (const [path, bytes] of files) if (bytes !== null) writeRegularFile(temp, path, bytes);
    if (!existsSync(join(temp, this.specPath))) {
      throw new InputError(`no file "${this.specPath}" at this commit`, { where: `${commit}:${this.specPath}` });
    }
    return temp;
  }

  dispose(): void {
    this.checkout?.dispose();
  }
}

function describe(commit: HistoryCommit) {
  return { commit: commit.commit, date: commit.date, subject: commit.subject };
}

const inFolder = (file: string, folder: string) => folder === '.' || file.startsWith(`${folder}/`);
