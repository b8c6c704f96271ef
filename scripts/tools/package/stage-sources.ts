import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { localModules } from '../../core/code-digest.js';
import { fromPackage } from '../../core/package-root.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { generateArtifacts } from '../codegen/generate-artifacts.js';

/** The toolkit's sources a consumer package is compiled from: the library entry and everything in scripts/runtime/. */
const SCRIPTS = fromPackage('scripts');
const RUNTIME = join(SCRIPTS, 'runtime');
const LIBRARY_ENTRY = join(SCRIPTS, 'index.ts');
/** The generated types module inside the staged tree (where scripts/runtime imports it from). */
const GENERATED_TYPES = 'generated/webhooks.ts';

/**
 * Lays out, in `dir`, the tree a consumer package is compiled from: `src/` holds the runtime modules (every
 * file of scripts/runtime/ and the local modules they import, types included) at their places under scripts/,
 * and `src/generated/` this spec's types and validators in place of the repository's own. `src/index.ts`
 * re-exports the library entry (scripts/index.ts) and every runtime module, so whatever scripts/runtime
 * exports reaches the package. `node_modules` links to the folder Ajv is installed in (its runtime helpers
 * are bundled; @types/node for the declarations). Returns the entry's path.
 */
export async function stageSources(spec: LoadedSpec, dir: string): Promise<string> {
  const src = join(dir, 'src');
  const runtime = readdirSync(RUNTIME)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .sort()
    .map((name) => join(RUNTIME, name));
  const generated = join(SCRIPTS, 'generated');
  // The repository's own generated files are not shipped with the toolkit: this spec's are generated below.
  const skip = (file: string) => relative(generated, file).split(sep)[0] !== '..';
  for (const file of localModules([LIBRARY_ENTRY, ...runtime], { withTypes: true, skip })) {
    const path = relative(SCRIPTS, file);
    mkdirSync(dirname(join(src, path)), { recursive: true });
    cpSync(file, join(src, path));
  }
  mkdirSync(join(src, 'generated'), { recursive: true });
  for (const file of await generateArtifacts(spec, join(src, GENERATED_TYPES), 'webhook-contracts package')) {
    writeFileSync(file.path, file.content); // the validators are self-contained already
  }
  const entry = [
    "export * from './index-library.js';",
    ...runtime.map((file) => `export * from './runtime/${relative(RUNTIME, file).replace(/\.ts$/, '.js')}';`),
    '',
  ].join('\n');
  cpSync(join(src, 'index.ts'), join(src, 'index-library.ts'));
  writeFileSync(join(src, 'index.ts'), entry);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  symlinkSync(installFolderOf('ajv'), join(dir, 'node_modules'), 'dir');
  return join(src, 'index.ts');
}

/** The node_modules folder a package is installed in, as this toolkit resolves it. */
function installFolderOf(name: string): string {
  const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  return dirname(dirname(manifest));
}
