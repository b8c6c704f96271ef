import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedSpec } from '../spec/load.js';

/**
 * A pluggable step of the docs pipeline. It gets the spec, loaded once, and a scratch folder that becomes
 * the output folder only when every step succeeded; it returns the paths it wrote, relative to that folder.
 */
export interface DocsStep {
  name: string;
  run(input: { spec: LoadedSpec; outDir: string }): Promise<string[]>;
}

/** A step that is not there, and why (printed as a note, not an error). */
export interface SkippedStep {
  name: string;
  skipped: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const TYPES_MODULE = resolve(here, '../commands/types.ts');

/**
 * The types step, when the toolkit has one: `scripts/commands/types.ts` exporting `docsStep: DocsStep`.
 * Without that module (or that export) the pipeline goes on without types and says so.
 */
export async function typesStep(modulePath = TYPES_MODULE): Promise<DocsStep | SkippedStep> {
  if (!existsSync(modulePath)) return { name: 'types', skipped: `${relativeName(modulePath)} is absent` };
  const module = (await import(pathToFileURL(modulePath).href)) as { docsStep?: DocsStep };
  if (!module.docsStep || typeof module.docsStep.run !== 'function') {
    return { name: 'types', skipped: `${relativeName(modulePath)} exports no \`docsStep\`` };
  }
  return module.docsStep;
}

const relativeName = (path: string) => {
  const inside = relative(resolve(here, '../..'), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
};
