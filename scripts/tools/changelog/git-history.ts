import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { assertBlobSizes, isRegularFile, listTree, readObjects } from '../../core/git-objects.js';

/** One first-parent commit, with the files it changed against its first parent (repository-relative). */
export interface HistoryCommit {
  commit: string;
  /** Author date as the author wrote it, `YYYY-MM-DD`: it depends on the commit only, never on the clock. */
  date: string;
  subject: string;
  files: string[];
}

/** Where the spec sits in git, or why its history cannot be read. */
export type SpecRepository = { root: string; specPath: string; shallow: boolean } | { unavailable: string };

/** The repository holding `specFile` and the spec's path inside it; `unavailable` outside git. */
export function findRepository(specFile: string): SpecRepository {
  const dir = dirname(resolve(specFile));
  const root = tryGit(['rev-parse', '--show-toplevel'], dir)?.trim();
  if (!root) return { unavailable: 'the spec is not inside a git repository' };
  if (!tryGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], root)) return { unavailable: 'the repository has no commits yet' };
  const shallow = tryGit(['rev-parse', '--is-shallow-repository'], root)?.trim() === 'true';
  return { root, specPath: relative(root, resolve(specFile)).split('\\').join('/'), shallow };
}

/** The first-parent commits of `until` (after `since` when given), oldest first. Merges count as their first-parent diff. */
export function firstParentCommits(root: string, { since, until = 'HEAD' }: { since?: string; until?: string }): HistoryCommit[] {
  for (const ref of [since, until]) if (ref !== undefined) verifyRef(root, ref);
  const range = since === undefined ? until : `${since}..${until}`;
  const out = git(
    [
      'log',
      '--first-parent',
      '--reverse',
      '--no-renames',
      '--diff-merges=first-parent',
      '--name-only',
      '--format=%x01%H%x00%as%x00%s',
      range,
    ],
    root,
  );
  const commits: HistoryCommit[] = [];
  for (const block of out.split('\u0001').slice(1)) {
    const [head = '', ...files] = block.split('\n');
    const [commit = '', date = '', subject = ''] = head.split('\u0000');
    commits.push({ commit, date, subject, files: files.filter(Boolean) });
  }
  return commits;
}

/** Tag names by the commit they point to (annotated tags peeled), each commit's names sorted. */
export function tagsByCommit(root: string): Map<string, string[]> {
  const out = git(['for-each-ref', '--format=%(refname:short)%00%(objectname)%00%(*objectname)', 'refs/tags'], root);
  const tags = new Map<string, string[]>();
  for (const line of out.split('\n').filter(Boolean)) {
    const [name = '', object = '', peeled = ''] = line.split('\u0000');
    const commit = peeled || object;
    tags.set(commit, [...(tags.get(commit) ?? []), name].sort());
  }
  return tags;
}

/** The id of a folder's tree at a commit: equal ids, equal contents (git hashes them). Undefined when absent. */
export function treeIds(root: string, commits: string[], folder: string): Map<string, string | undefined> {
  const ids = new Map<string, string | undefined>();
  const spec = folder === '.' ? '' : folder;
  // One process for every commit: `cat-file --batch-check` answers "missing" instead of failing.
  const input = commits.map((c) => `${c}:${spec}`).join('\n');
  const out = execFileSync('git', ['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd: root, input, maxBuffer: 1 << 30 })
    .toString()
    .split('\n');
  commits.forEach((commit, i) => {
    const [id, type] = (out[i] ?? '').split(' ');
    ids.set(commit, type === 'tree' ? id : undefined);
  });
  return ids;
}

/** The full hash of a ref, or undefined when it names no commit here. */
export function resolveCommit(root: string, ref: string): string | undefined {
  return tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)?.trim() || undefined;
}

/** Whether `commit` exists here and is `head` or one of its ancestors. */
export function isAncestor(root: string, commit: string, head = 'HEAD'): boolean {
  return resolveCommit(root, commit) !== undefined && tryGit(['merge-base', '--is-ancestor', commit, head], root) !== undefined;
}

function verifyRef(root: string, ref: string): void {
  if (!tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)) {
    throw new InputError(`git ref "${ref}" does not exist`, { where: ref, hint: 'name a commit, branch or tag of this repository' });
  }
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 }).toString();
}

function tryGit(args: string[], cwd: string): string | undefined {
  try {
    return git(args, cwd);
  } catch {
    return undefined;
  }
}

/**
 * The files of `paths` at `commit`, read from git objects: their bytes, or null where the commit has no regular file
 * there (absent, a folder, a symlink, a submodule). Sizes are checked before any blob is read: a file over the
 * limit throws OversizeBlobError, and that version is reported and skipped.
 */
export function filesAt(root: string, commit: string, paths: readonly string[]): Map<string, Buffer | null> {
  const files = new Map<string, Buffer | null>(paths.map((p) => [p, null]));
  if (paths.length === 0) return files;
  const entries = listTree(root, commit, { paths }).filter((e) => files.has(e.path) && isRegularFile(e));
  assertBlobSizes(entries, commit);
  const blobs = readObjects(root, [...new Set(entries.map((e) => e.id))]);
  for (const entry of entries) files.set(entry.path, blobs.get(entry.id) ?? null);
  return files;
}
