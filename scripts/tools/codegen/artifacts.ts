import { basename, dirname, join, resolve } from 'node:path';
import { type GeneratorInputs, inputsDigest, isUpToDate } from './fingerprint.js';

/** Where `npm run types` writes the project's types (the validators go beside them, named after them). */
export const DEFAULT_TYPES_OUT = 'scripts/generated/webhooks.ts';

/**
 * The files generated for a types file at `out` (`X.ts`): the types, the validators (`X.validators.js`)
 * and their declarations (`X.validators.d.ts`). All are named after `out`, so that several specs'
 * types can share a folder.
 */
export function artifactPaths(out: string): { types: string; validators: string; declarations: string } {
  const base = join(dirname(out), basename(out).replace(/\.ts$/, ''));
  return { types: out, validators: `${base}.validators.js`, declarations: `${base}.validators.d.ts` };
}

/** The import path of the types module, as the validators' declarations import it. */
export const typesModuleOf = (out: string) => `./${basename(out).replace(/\.ts$/, '.js')}`;

/**
 * True when every generated file is on disk with a matching fingerprint: generating again would write
 * the same bytes (`out` is read relative to `root`). Cheap (hashes, no compiler), so the docs pipeline asks before it loads the generator.
 */
export function artifactsUpToDate(inputs: GeneratorInputs, root = process.cwd()): boolean {
  const digest = inputsDigest(inputs);
  return Object.values(artifactPaths(inputs.out)).every((path) => isUpToDate(resolve(root, path), digest));
}
