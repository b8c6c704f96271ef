import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_SPEC, type LoadedSpec } from '../spec/load.js';

/** What a step produced: top-level names it wrote into the staging folder, and files that live elsewhere. */
export interface DocsStepOutput {
  /** Swapped into the docs folder with the rest (`index.html`, `events`, ...). */
  parts?: string[];
  /** Written (each atomically) after the swap, outside the docs folder: only when every step succeeded. */
  files?: Array<{ path: string; content: string }>;
}

/**
 * A pluggable step of the docs pipeline. It gets the spec, loaded once, and the staging folder that becomes
 * the docs folder only when every step succeeded.
 */
export interface DocsStep {
  name: string;
  run(input: { spec: LoadedSpec; outDir: string }): Promise<DocsStepOutput>;
}

/** A step that is not there, and why (printed as a note, not an error). */
export interface SkippedStep {
  name: string;
  skipped: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES_MODULE = resolve(ROOT, 'scripts/types/generate-artifacts.ts');
/** The command whose output the types step reproduces byte for byte (it is named in the files' header). */
const TYPES_COMMAND = 'npx webhook-contracts types';

interface TypesModule {
  DEFAULT_TYPES_OUT?: string;
  generateArtifacts?: (spec: LoadedSpec, out: string, regenerate: string) => Promise<Array<{ path: string; content: string }>>;
}

/**
 * The types step, when the toolkit has one (`scripts/types/generate-artifacts.ts`): it regenerates the
 * project's committed types and validators, as `npm run types` does, in parallel with the render. Only for
 * the project's own spec: types of another spec are `webhook-contracts types --spec ... --out ...`'s job.
 */
export async function typesStep(specPath: string, modulePath = TYPES_MODULE): Promise<DocsStep | SkippedStep> {
  if (!existsSync(modulePath)) return { name: 'types', skipped: `${relativeName(modulePath)} is absent` };
  if (resolve(specPath) !== resolve(ROOT, DEFAULT_SPEC)) {
    return { name: 'types', skipped: 'generated for the project spec only (use `webhook-contracts types` for another)' };
  }
  const module = (await import(pathToFileURL(modulePath).href)) as TypesModule;
  const { generateArtifacts, DEFAULT_TYPES_OUT } = module;
  if (typeof generateArtifacts !== 'function' || typeof DEFAULT_TYPES_OUT !== 'string') {
    return { name: 'types', skipped: `${relativeName(modulePath)} exports no generateArtifacts/DEFAULT_TYPES_OUT` };
  }
  return {
    name: 'types',
    run: async ({ spec }) => {
      // The same arguments as `npm run types` (paths relative to the project), so the bytes are the same.
      const files = await generateArtifacts(spec, DEFAULT_TYPES_OUT, TYPES_COMMAND);
      return { files: files.map((f) => ({ path: resolve(ROOT, f.path), content: f.content })) };
    },
  };
}

const relativeName = (path: string) => {
  const inside = relative(ROOT, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
};
