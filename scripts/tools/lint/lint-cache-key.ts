import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { localModules, packageVersion, sha256, valueImports } from '../../core/code-digest.js';
import { fromPackage } from '../../core/package-root.js';
import type { CompatOption } from '../../core/spec/compat.js';
import { loadYamlValues } from '../../core/spec/yaml-values.js';

const HERE = fromPackage('scripts/tools/lint'); // the sources, also when this code runs from the CLI's bundle
/** Bump when the entry format or the meaning of the key changes. */
const KEY_FORMAT = 'lint-cache/1';
/** Redocly's own rulesets: they live inside the Redocly version, which is part of the key. */
const BUILT_IN_RULESETS = new Set(['recommended', 'recommended-strict', 'minimal', 'all', 'spec']);
/** Redocly reads this file beside the config (it silences listed problems). */
export const IGNORE_FILE = '.redocly.lint-ignore.yaml';

/**
 * Everything a lint result depends on apart from the spec's own files: the working directory (findings name
 * files relative to it), Node's version (Ajv's `pattern` uses V8's RegExp), the Redocly config and ignore file,
 * `--compat`, and the toolkit's lint code. Undefined when the lint must not be cached.
 */
export function lintKey(configPath: string, compat: readonly CompatOption[]): string | undefined {
  let config: string;
  try {
    config = readFileSync(configPath, 'utf8');
    // js-yaml's fast read; a config it might read otherwise than Redocly's parser is simply not cached.
    const values = loadYamlValues(config, 64);
    if (!values || loadsMoreThanItself(values.value)) return undefined;
  } catch {
    return undefined; // unreadable or not YAML: Redocly will say so, and a failed run is never cached
  }
  const ignorePath = join(dirname(resolve(configPath)), IGNORE_FILE);
  const ignore = existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : '';
  const code = toolkitDigest();
  if (code === undefined) return undefined;
  return sha256([KEY_FORMAT, process.cwd(), process.version, config, ignore, JSON.stringify(compat), code].join('\0'));
}

/**
 * True when the config `extends` something other than a built-in ruleset, or names `plugins`: those pull in
 * other files and code that the key cannot see, so such a lint is never cached. The whole config is searched
 * (`apis:` entries can extend too); a false alarm only costs a cache miss.
 */
export function loadsMoreThanItself(config: unknown): boolean {
  const stack = [config];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if ('plugins' in record) return true;
    if ('extends' in record && [record.extends].flat().some((e) => typeof e !== 'string' || !BUILT_IN_RULESETS.has(e))) return true;
    for (const child of Object.values(record)) stack.push(child);
  }
  return false;
}

/**
 * The toolkit's lint code: every file in these folders (however it is imported: lint-spec.ts loads the loader
 * and Ajv with `import()`, which import scanning would miss) and every local module they import statically.
 */
const LINT_DIRS = [HERE, fromPackage('scripts/core/spec'), fromPackage('scripts/core/validate')];
let digest: string | undefined;

/**
 * A digest of the toolkit's lint code, of the versions of the packages it imports, and of Redocly CLI's, which
 * runs as a child process. The sources are read from the package folder, also when this code runs from the
 * CLI's bundle. Undefined when they cannot be read: then nothing is cached.
 */
export function toolkitDigest(): string | undefined {
  if (digest) return digest;
  try {
    const files = lintCodeFiles();
    const sources = files.map((file) => readFileSync(file, 'utf8'));
    const parts = files.map((file, i) => `${relative(HERE, file)}\0${sources[i]}`);
    const packages = new Set(['@redocly/cli', ...sources.flatMap(importedPackages)]);
    for (const name of [...packages].sort()) parts.push(`${name}@${packageVersion(name)}`);
    digest = sha256(parts.join('\0'));
    return digest;
  } catch {
    return undefined;
  }
}

/** The files of the toolkit's lint code (absolute paths, sorted). */
export function lintCodeFiles(): string[] {
  const inDirs = LINT_DIRS.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)));
  return localModules(inDirs.filter((file) => statSync(file).isFile()));
}

/** Package names of a module's value imports (`ajv/dist/2020.js` → `ajv`); `node:` built-ins and local modules aside. */
export function importedPackages(source: string): string[] {
  return valueImports(source)
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
    .map((specifier) => {
      const parts = specifier.split('/');
      return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
    });
}
