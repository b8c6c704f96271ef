import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './errors.js';

/**
 * Writes a file through a temporary sibling and a rename, so readers never see half a file. The rename
 * must not destroy what the path names: a symlink is written through (its target gets the new content,
 * the link stays), and anything that is not a regular file or absent (a folder, a device such as
 * /dev/full, a FIFO, a socket) is refused.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = writableTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(`cannot write output: ${describeWriteError(error)}`, { where: path, hint: writeErrorHint(error), cause: error });
  }
}

/** The regular file a write to `path` should replace: `path` itself, or the file its symlink(s) lead to. */
function writableTarget(path: string): string {
  let target = resolve(path);
  let stat = lstatSync(target, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    try {
      target = realpathSync(target);
    } catch {
      throw new InputError('is a symlink to nothing (a dangling link): refusing to replace it', {
        where: path,
        hint: 'remove the link or point it at a file',
      });
    }
    stat = lstatSync(target, { throwIfNoEntry: false });
  }
  if (stat === undefined || stat.isFile()) return target;
  const kind = stat.isDirectory() ? 'a directory' : stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : 'a device';
  throw new InputError(`is ${kind}, not a regular file: cannot write the output there`, { where: path, hint: 'name a file' });
}

/** A short reason for a failed write (an errno code in words). */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    ENOENT: 'no such folder',
    ENOTDIR: 'a parent of the path is not a directory',
  };
  return (code && words[code] ? `${words[code]} (${code})` : undefined) ?? code ?? (error as Error).message;
}

/** What to do about a failed write, for the error's code. */
export function writeErrorHint(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'free some space on that disk, or write elsewhere';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'write into a folder you may write to';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'check that the folder exists';
    default:
      return 'check the path';
  }
}
