import { basename, dirname } from 'node:path';
import type { OutputSet } from '../../core/output-set.js';
import type { CompatOption } from '../../core/schema/compat.js';
import { DEFAULT_SPEC } from '../../core/spec/default-spec.js';
import { loadSpec } from '../../core/spec/load.js';
import { refuseUnsafePatterns } from '../../core/validate/unsafe-patterns.js';
import { DEFAULT_TYPES_OUT } from './artifacts.js';
import { generateArtifacts } from './generate-artifacts.js';

export interface TypesOptions {
  specPath: string;
  compat: readonly CompatOption[];
  /** Overlay 1.0 files applied to the spec at load (`--overlay`). */
  overlays?: readonly string[];
  /** Go on with a pattern that can backtrack catastrophically (`--allow-unsafe-patterns`). */
  allowUnsafePatterns?: boolean;
  /** The types file (`X.ts`); the validators go beside it. */
  out: string;
}

/** What `webhook-contracts types` writes or checks: the three generated files, and the command that remakes them. */
export async function typesOutput(options: TypesOptions): Promise<{ set: OutputSet; regenerate: string }> {
  const spec = await loadSpec(options.specPath, { compat: [...options.compat], overlays: [...(options.overlays ?? [])] });
  refuseUnsafePatterns(spec, options.allowUnsafePatterns === true);
  const regenerate = regenerateCommand(options);
  const files = await generateArtifacts(spec, options.out, regenerate);
  return { set: { root: dirname(options.out), files: files.map((f) => ({ path: basename(f.path), content: f.content })) }, regenerate };
}

/** The command line that regenerates these files, for headers and stale-file messages. */
export function regenerateCommand({ specPath, compat, overlays = [], out }: TypesOptions): string {
  return [
    'npx webhook-contracts types',
    specPath === DEFAULT_SPEC ? '' : `--spec ${specPath}`,
    ...compat.map((c) => `--compat ${c}`),
    ...overlays.map((o) => `--overlay ${o}`),
    out === DEFAULT_TYPES_OUT ? '' : `--out ${out}`,
  ]
    .filter(Boolean)
    .join(' ');
}
