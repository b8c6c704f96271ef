import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'webhook-contracts';

/**
 * The toolkit's own folder (where its package.json is), for the files it ships beside its code: the
 * Redocly template, the default config, the verifier worker. Found by walking up from this module, so it
 * holds whether the code runs from its TypeScript sources or from the CLI's bundled build.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the toolkit's folder. */
export const fromPackage = (...parts: string[]) => resolve(PACKAGE_ROOT, ...parts);

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = resolve(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the ${NAME} package folder above ${start}`);
  }
}
