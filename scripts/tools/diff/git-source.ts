import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, relative } from 'node:path';
import { InputError } from '../../core/errors.js';

/** `REF:PATH` → its parts, or undefined when the argument is not of that form. */
export function parseGitArgument(argument: string): { ref: string; path: string } | undefined {
  const match = /^([^:]+):(.+)$/.exec(argument);
  if (!match || /^[a-z]$/i.test(match[1] as string)) return undefined;
  return { ref: match[1] as string, path: posix.normalize((match[2] as string).replace(/^\.\//, '')) };
}

/** A spec folder of a git ref, copied out of git objects into a temp folder (the work tree is never touched). */
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
  const tar = run(
    ['archive', '--format=tar', ref, ...(folder === '.' ? [] : ['--', folder])],
    root,
    () => new InputError(`cannot read folder "${folder}" at git ref "${ref}"`, { where: argument }),
  );
  const temp = mkdtempSync(join(tmpdir(), 'wc-diff-'));
  try {
    execFileSync('tar', ['-x', '-C', temp], { input: tar, stdio: ['pipe', 'ignore', 'pipe'] });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw new InputError(`cannot unpack "${folder}" of git ref "${ref}": ${(error as Error).message.split('\n')[0]}`, { where: argument });
  }
  const specFile = join(temp, path);
  assertInside(specFile, temp, argument, () => rmSync(temp, { recursive: true, force: true }));
  return {
    specFile,
    describe: (text) => text.replaceAll(`${temp}/`, `${ref}:`).replaceAll(temp, `${ref}:`),
    displayFile: (file) => (file.startsWith(temp) ? relative(cwd, join(root, relative(temp, file))) || '.' : file),
    dispose: () => rmSync(temp, { recursive: true, force: true }),
  };
}

/** A symlink committed as the root file may point anywhere: the root must really be inside the checkout. */
function assertInside(file: string, folder: string, argument: string, cleanUp: () => void): void {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return; // a dangling link: reading it reports the missing file
  }
  const inside = relative(realpathSync(folder), real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    cleanUp();
    throw new InputError('the spec file at that git ref is a symlink leading outside the repository', {
      where: argument,
      hint: 'commit the spec file itself, not a link to it',
    });
  }
}

function run(args: string[], cwd: string, fail: () => InputError): Buffer {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
  } catch {
    throw fail();
  }
}
