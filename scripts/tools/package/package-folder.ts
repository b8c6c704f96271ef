import type { OutputSet } from '../../core/output-set.js';
import type { CompatOption } from '../../core/schema/compat.js';
import { loadSpec } from '../../core/spec/load.js';
import { refuseUnsafePatterns } from '../../core/validate/unsafe-patterns.js';
import { generatePackage, type PackageFile, type PackageOptions } from './generate-package.js';

/** The package folder as an output set: its files, and `dist/`, which it owns whole (a file there it no longer generates goes). */
export function packageOutputs(files: readonly PackageFile[], out: string): OutputSet {
  return { root: out, files, owns: [{ dir: 'dist' }] };
}

/** What `webhook-contracts package` writes or checks: the consumer package of the spec at `specPath`, in `out`. */
export async function packageOutput(
  options: PackageOptions & {
    specPath: string;
    compat: readonly CompatOption[];
    /** Overlay 1.0 files applied to the spec at load (`--overlay`). */
    overlays?: readonly string[];
    /** Go on with a pattern that can backtrack catastrophically (`--allow-unsafe-patterns`). */
    allowUnsafePatterns?: boolean;
    out: string;
  },
) {
  const spec = await loadSpec(options.specPath, { compat: [...options.compat], overlays: [...(options.overlays ?? [])] });
  refuseUnsafePatterns(spec, options.allowUnsafePatterns === true);
  const files = await generatePackage(spec, { name: options.name, version: options.version });
  return packageOutputs(files, options.out);
}
