import { existsSync } from 'node:fs';
import { InputError } from '../../core/errors.js';
import { type LoadedSpec, type LoadOptions, loadSpec } from '../../core/spec/load.js';
import { checkoutSpecFolder, parseGitArgument } from './git-source.js';

/** One side of a diff: the loaded spec, and how to show its files. */
export interface SpecSide {
  spec: LoadedSpec;
  displayFile(file: string): string;
}

/** Loads a side given as a spec root file or as `GITREF:PATH` (read from git objects into a temp folder). */
export async function loadSide(argument: string, options: LoadOptions): Promise<SpecSide> {
  const git = existsSync(argument) ? undefined : parseGitArgument(argument);
  if (!git) {
    const spec = await rewriteErrors(
      () => loadSpec(argument, options),
      (text) => text.replaceAll(`${process.cwd()}/`, ''),
    );
    return { spec, displayFile: (file) => file };
  }
  const checkout = checkoutSpecFolder(git.ref, git.path);
  try {
    return { spec: await rewriteErrors(() => loadSpec(checkout.specFile, options), checkout.describe), displayFile: checkout.displayFile };
  } finally {
    checkout.dispose();
  }
}

/** Rewrites the paths in an input error (temp folder → `REF:`, absolute → relative to the working directory). */
async function rewriteErrors<T>(load: () => Promise<T>, describe: (text: string) => string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(describe(error.message), {
      ...(error.where === undefined ? {} : { where: describe(error.where) }),
      ...(error.hint === undefined ? {} : { hint: describe(error.hint) }),
    });
  }
}
