import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../core/package-root.js';
import { DEFAULT_SPEC } from '../../core/spec/default-spec.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { artifactsUpToDate, DEFAULT_TYPES_OUT } from '../codegen/artifacts.js';

/** What a step produced: top-level names it wrote into the staging folder, and files that live elsewhere. */
export interface DocsStepOutput {
  /** Swapped into the docs folder with the rest (`index.html`, `events`, ...). */
  parts?: string[];
  /** Written (each atomically) after the swap, outside the docs folder: only when every step succeeded. */
  files?: Array<{ path: string; content: string }>;
  /** A short result for the progress line (`up to date`). */
  note?: string;
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

/** The command whose output the types step reproduces byte for byte (it is named in the files' header). */
const TYPES_COMMAND = 'npx webhook-contracts types';

type GenerateArtifacts = (spec: LoadedSpec, out: string, regenerate: string) => Promise<Array<{ path: string; content: string }>>;

const loadGenerator = async (): Promise<GenerateArtifacts> => (await import('../codegen/generate-artifacts.js')).generateArtifacts;

/**
 * The types step: it regenerates the project's committed types and validators, as `npm run types` does, in
 * parallel with the render. Only for the project's own spec: types of another spec are `webhook-contracts
 * types --spec ... --out ...`'s job. When the committed files' fingerprints match the spec, they are left as
 * they are and the generator (with the TypeScript compiler it loads, a second of start-up) is not loaded.
 */
export function typesStep(
  specPath: string,
  { generator = loadGenerator, root = PACKAGE_ROOT }: { generator?: () => Promise<GenerateArtifacts>; root?: string } = {},
): DocsStep | SkippedStep {
  if (resolve(specPath) !== resolve(root, DEFAULT_SPEC)) {
    return { name: 'types', skipped: 'generated for the project spec only (use `webhook-contracts types` for another)' };
  }
  return {
    name: 'types',
    run: async ({ spec }) => {
      // The same arguments as `npm run types` (paths relative to the project), so the bytes are the same.
      if (artifactsUpToDate({ document: spec.document, regenerate: TYPES_COMMAND, out: DEFAULT_TYPES_OUT }, root)) {
        return { note: 'up to date (fingerprints match)' };
      }
      const files = await (await generator())(spec, DEFAULT_TYPES_OUT, TYPES_COMMAND);
      return { files: files.map((f) => ({ path: resolve(root, f.path), content: f.content })) };
    },
  };
}
