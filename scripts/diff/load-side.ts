import { existsSync } from 'node:fs';
import { InputError } from '../lib/errors.js';
import { type LoadedSpec, type LoadOptions, loadSpec } from '../spec/load.js';
import { checkoutSpecFolder, parseGitArgument } from './git-source.js';

/** One side of a diff: the loaded spec, and how to show its files. */
export interface SpecSide {
  spec: LoadedSpec;
  displayFile(file: string): string;
}

/** Loads a side given as a spec root file or as `GITREF:PATH` (read from git objects into a temp folder). */
export async function loadSide(argument: string, options: LoadOptions): Promise<SpecSide> {
  const git = existsSync(argument) ? undefined : parseGitArgument(argument);
  if (!git) return { spec: await loadSpec(argument, options), displayFile: (file) => file };
  const checkout = checkoutSpecFolder(git.ref, git.path);
  try {
    return { spec: await loadSpec(checkout.specFile, options), displayFile: checkout.displayFile };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(checkout.describe(error.message), {
      where: error.where === undefined ? argument : checkout.describe(error.where),
      ...(error.hint === undefined ? {} : { hint: checkout.describe(error.hint) }),
    });
  } finally {
    checkout.dispose();
  }
}
