import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromPackage } from './package-root.js';

/**
 * What the caches and fingerprints hash to know "the same code": a module's value imports, the local modules
 * it reaches, and the versions of the packages it uses. Read as text: nothing here loads the modules.
 */

const require = createRequire(import.meta.url);

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The specifiers of a module's value imports and re-exports (type-only imports aside), in source order. */
export function valueImports(source: string): string[] {
  return [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gm)].map((match) => match[1] as string);
}

/** The specifiers of every import and re-export of a module, type-only ones included, in source order. */
export function allImports(source: string): string[] {
  return [...source.matchAll(/^(?:import|export)\s+[^;]*?\bfrom\s+'([^']+)'/gm)].map((match) => match[1] as string);
}

/**
 * The entries and the local modules they import, transitively, sorted (each file read once). Type-only
 * imports are followed too with `withTypes` (what a declaration build needs); a module `skip` accepts is
 * neither listed nor read (nor need it exist).
 */
export function localModules(
  entries: readonly string[],
  { withTypes = false, skip = (_file: string) => false }: { withTypes?: boolean; skip?: (file: string) => boolean } = {},
): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file) || skip(file)) continue;
    seen.add(file);
    for (const specifier of (withTypes ? allImports : valueImports)(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), specifier);
      if (/^\.{1,2}\//.test(specifier) && !skip(target)) pending.push(sourceOf(target));
    }
  }
  return [...seen].sort();
}

/** TypeScript sources are imported by their `.js` name. */
function sourceOf(path: string): string {
  if (existsSync(path)) return path;
  const ts = path.replace(/\.js$/, '.ts');
  if (existsSync(ts)) return ts;
  throw new Error(`cannot find the imported module ${path}`);
}

/**
 * The installed version of a package, from its own package.json: exported as `<name>/package.json`, else
 * found upward from the package's entry point (some packages export one but not the other).
 */
export function packageVersion(name: string): string {
  try {
    return String(readJson(require.resolve(`${name}/package.json`)).version);
  } catch {
    // not exported: look upward from the entry point
  }
  let dir = dirname(require.resolve(name));
  while (!existsSync(resolve(dir, 'package.json')) || readJson(resolve(dir, 'package.json')).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of ${name}`);
    dir = parent;
  }
  return String(readJson(resolve(dir, 'package.json')).version);
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };

/**
 * What some of the toolkit's modules do, as a digest: the text of each entry and of every local module it
 * reaches (named by its path in the toolkit), with the versions of `packages`. `entries` are URLs of modules
 * as the compiled toolkit names them (`.js`); run from the sources, their `.ts` files are read.
 */
export function modulesDigest(entries: readonly URL[], packages: readonly string[]): string {
  const files = localModules(entries.map(ownModule));
  const texts = files.map((file) => `${relative(fromPackage('.'), file)}\0${readFileSync(file, 'utf8')}`);
  return sha256([...texts, ...packages.map((name) => `${name}@${packageVersion(name)}`)].join('\0'));
}

/** A module of the toolkit: its compiled `.js`, or its `.ts` source when run from the sources. */
function ownModule(url: URL): string {
  const js = fileURLToPath(url);
  return existsSync(js) ? js : js.replace(/\.js$/, '.ts');
}
