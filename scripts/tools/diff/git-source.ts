import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { InputError } from '../../core/errors.js';
import { isSymlink, listTree, writeEntries } from '../../core/git-objects.js';

/** `REF:PATH` → its parts, or undefined when the argument is not of that form. */
export function parseGitArgument(argument: string): { ref: string; path: string } | undefined {
  const match = /^([^:]+):(.+)$/.exec(argument);
  if (!match || /^[a-z]$/i.test(match[1] as string)) return undefined;
  return { ref: match[1] as string, path: posix.normalize((match[2] as string).replace(/^\.\//, '')) };
}

/**
 * A spec folder of a git ref, copied out of git objects into a temp folder (the work tree is never touched): regular
 * files only, each checked for size before it is read (core/git-objects.ts); symlinks are never created.
 */
export interface GitCheckout {
  /** Root spec file inside the temp folder. */
  specFile: string;
  /** Temp folder path → `REF:PATH` in messages. */
  describe(text: string): string;
  /** A file in the temp folder → the same file in the repository, relative to the working directory. */
  displayFile(file: string): string;
  dispose(): void;
}

export function checkoutSpecFolder(ref: string, path: string, cwd = process.cwd()): GitCheckout {
  const argument = `${ref}:${path}`;
  const root = run(
    ['rev-parse', '--show-toplevel'],
    cwd,
    () => new InputError('not inside a git repository', { where: argument, hint: 'run the diff from the repository, or pass a file path' }),
  )
    .toString()
    .trim();
  run(
    ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
    cwd,
    () => new InputError(`git ref "${ref}" does not exist`, { where: argument, hint: 'fetch it first, e.g. `git fetch origin main`' }),
  );
  run(
    ['cat-file', '-e', `${ref}:${path}`],
    root,
    () => new InputError(`no file "${path}" at git ref "${ref}"`, { where: argument, hint: 'PATH is relative to the repository root' }),
  );
  const folder = posix.dirname(path);
  const temp = mkdtempSync(join(tmpdir(), 'wc-diff-'));
  let links: string[];
  try {
    const entries = listTree(root, ref, { folder });
    if (entries.some((e) => e.path === path && isSymlink(e))) {
      throw new InputError('the spec file at that git ref is a symlink: links in git are never followed', {
        where: argument,
        hint: 'commit the spec file itself, not a link to it',
      });
    }
    links = writeEntries(root, temp, entries, ref);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read "${folder}" of git ref "${ref}": ${(error as Error).message.split('\n')[0]}`, { where: argument });
  }
  const specFile = join(temp, path);
  const linked = new Set(links);
  return {
    specFile,
    describe: (text) => explainLinks(text.replaceAll(`${temp}/`, `${ref}:`).replaceAll(temp, `${ref}:`), ref, linked),
    displayFile: (file) => (file.startsWith(temp) ? relative(cwd, join(root, relative(temp, file))) || '.' : file),
    dispose: () => rmSync(temp, { recursive: true, force: true }),
  };
}

/** "file REF:a/b.yaml does not exist", where a/b.yaml is a symlink in git, says why. */
function explainLinks(text: string, ref: string, links: ReadonlySet<string>): string {
  if (links.size === 0) return text;
  return text.replace(/file (\S+) does not exist/g, (match, shown: string) =>
    shown.startsWith(`${ref}:`) && links.has(shown.slice(ref.length + 1))
      ? `file ${shown} is a symlink in git, and links in git are never followed`
      : match,
  );
}

function run(args: string[], cwd: string, fail: () => InputError): Buffer {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
  } catch {
    throw fail();
  }
}
