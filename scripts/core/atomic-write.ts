import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

/** Writes a file through a temporary sibling and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError('is a directory: cannot write the output there', { where: path, hint: 'name a file' });
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(`cannot write output: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      where: path,
      hint: 'check that the folder exists and is writable',
      cause: error,
    });
  }
}
