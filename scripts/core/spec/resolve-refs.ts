import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { relativeToCwd } from '../relative-path.js';
import { getAt, parsePointer, toFragment } from './pointer.js';
import { readSource } from './read-source.js';
import { lineOf, type SourceFile } from './source-tree.js';

/** Every file a spec is made of, keyed by absolute path, each parsed once. */
export type SourceMap = Map<string, SourceFile>;

/** A `$ref` split into the file it names (absolute path) and the JSON pointer inside it. */
export interface RefTarget {
  file: string;
  pointer: string[];
}

/**
 * Reads the root file and every file its `$ref`s reach, checking each reference on the way:
 * no URLs (nothing is fetched), no file outside the spec's folder, no dangling file or pointer.
 * Errors name the file and line of the offending `$ref`.
 */
export function readSpecSources(rootPath: string, root?: SourceFile): SourceMap {
  const rootFile = resolve(rootPath);
  const boundary = dirname(rootFile);
  const sources: SourceMap = new Map([[rootFile, root ?? readSource(rootFile)]]);
  const realBoundary = realpathOr(boundary);
  const queue = [rootFile];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const source = sources.get(file) as SourceFile;
    for (const { ref, at } of collectRefs(source.value)) {
      const where = () => {
        const { line, col } = lineOf(source, [...at, '$ref']);
        return `${relativeToCwd(file)}:${line}:${col}`;
      };
      const target = resolveRef(ref, file, boundary, where);
      let targetSource = sources.get(target.file);
      if (!targetSource) {
        assertRealPathInside(target.file, realBoundary, ref, where);
        try {
          targetSource = readSource(target.file);
        } catch (error) {
          if (error instanceof InputError && /no such file/.test(error.message)) {
            throw new InputError(`unresolved $ref "${ref}": file ${relativeToCwd(target.file)} does not exist`, {
              where: where(),
              hint: 'fix the path or create the file',
            });
          }
          throw error;
        }
        sources.set(target.file, targetSource);
        queue.push(target.file);
      }
      if (getAt(targetSource.value, target.pointer) === undefined) {
        throw new InputError(`unresolved $ref "${ref}": nothing at that JSON pointer`, {
          where: where(),
          hint: `check the pointer against ${relativeToCwd(target.file)}`,
        });
      }
    }
  }
  assertNoRefCycles(sources, boundary);
  return sources;
}

/**
 * Refuses a chain of references that comes back to where it started (`A.yaml` is `$ref: B.yaml`, which is
 * `$ref: A.yaml`): nothing in it has content, so no tool can resolve it (Ajv and Redocly overflow their
 * stack, a bundler writes a self-reference). A recursive schema is different and fine: the schema has
 * content, and the `$ref` back to it sits inside that content (`properties.children.items`).
 */
function assertNoRefCycles(sources: SourceMap, boundary: string): void {
  const settled = new Set<string>();
  const key = (t: RefTarget) => `${t.file}${toFragment(t.pointer)}`;
  const show = (t: RefTarget) => `${relativeToCwd(t.file)}${t.pointer.length ? toFragment(t.pointer) : ''}`;
  for (const [file, source] of sources) {
    for (const { ref, at } of collectRefs(source.value)) {
      const start: RefTarget = { file, pointer: at };
      const chain: RefTarget[] = [start];
      const seen = new Set([key(start)]);
      let next: RefTarget = resolveRef(ref, file, boundary, () => file);
      while (!settled.has(key(next))) {
        if (seen.has(key(next))) {
          const first = chain[chain.findIndex((t) => key(t) === key(next))] as RefTarget;
          const cycle = chain.slice(chain.indexOf(first));
          const { line, col } = lineOf(sources.get(first.file) as SourceFile, [...first.pointer, '$ref']);
          throw new InputError(`$ref cycle: ${[...cycle, first].map(show).join(' → ')} (each is only a reference to the next)`, {
            where: `${relativeToCwd(first.file)}:${line}:${col}`,
            hint: 'point one of them at the schema itself; a schema may refer to itself from inside its properties',
          });
        }
        seen.add(key(next));
        chain.push(next);
        const node = getAt(sources.get(next.file)?.value, next.pointer) as { $ref?: unknown } | undefined;
        if (node === null || typeof node !== 'object' || typeof node.$ref !== 'string') break;
        const from = next.file;
        next = resolveRef(node.$ref, from, boundary, () => from);
      }
      for (const target of chain) settled.add(key(target));
    }
  }
}

/**
 * A symlink inside the spec's folder may lead outside it: containment is checked again on the real path
 * (every link resolved), so no file outside the folder is read through a link.
 */
function assertRealPathInside(file: string, realBoundary: string, ref: string, where: () => string): void {
  const real = realpathOr(file);
  const inside = relative(realBoundary, real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError(`$ref "${ref}" leads through a symlink to ${real}, outside the spec's folder`, {
      where: where(),
      hint: 'copy the file into the spec folder instead of linking to it',
    });
  }
}

/** The real path (symlinks resolved); the path itself when it does not exist (reported when it is read). */
function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Resolves a `$ref` string relative to the file it is written in, enforcing the spec-folder boundary. */
export function resolveRef(ref: string, fromFile: string, boundary: string, where: () => string): RefTarget {
  const hash = ref.indexOf('#');
  const location = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash);
  if (/^[a-z][a-z0-9+.-]*:/i.test(location) && !/^[a-z]:[\\/]/i.test(location)) {
    throw new InputError(`external $ref "${ref}" refused: this toolkit never fetches URLs`, {
      where: where(),
      hint: 'copy the referenced document into the spec folder and use a relative path',
    });
  }
  const file = location === '' ? fromFile : resolve(dirname(fromFile), decodeURIComponent(location));
  const inside = relative(boundary, file);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError(`$ref "${ref}" leaves the spec's folder ${relativeToCwd(boundary) || '.'}`, {
      where: where(),
      hint: 'keep every referenced file inside the folder of the root spec file',
    });
  }
  let pointer: string[];
  try {
    pointer = parsePointer(fragment);
  } catch {
    throw new InputError(`$ref "${ref}" has a fragment that is not a JSON pointer`, { where: where(), hint: 'write it as #/path/to/node' });
  }
  return { file, pointer };
}

/** Every `$ref` string in a parsed file, with the path of the object holding it. */
export function collectRefs(value: unknown): Array<{ ref: string; at: string[] }> {
  const found: Array<{ ref: string; at: string[] }> = [];
  const stack: Array<[unknown, string[]]> = [[value, []]];
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [unknown, string[]];
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') found.push({ ref: record.$ref, at });
    const isPropertyMap = at.at(-1) === 'properties' || at.at(-1) === 'patternProperties';
    for (const [key, child] of Object.entries(record)) {
      if (!isPropertyMap && isDataKey(key, child, at)) continue;
      stack.push([child, [...at, key]]);
    }
  }
  return found.reverse();
}

/** Stands for a `$ref` key inside data while a bundler that would follow it works on the document. */
const DATA_REF = '$ref\u0000data';

/**
 * A copy of a parsed file in which every `$ref` key inside data (examples, `const`, `enum`, `default`) is
 * renamed, so that a bundler leaves it alone; `unmaskDataRefs` puts the key back after bundling.
 */
export function maskDataRefs(value: unknown): unknown {
  const walk = (node: unknown, at: string[], inData: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((child, i) => walk(child, [...at, String(i)], inData));
    const isPropertyMap = at.at(-1) === 'properties' || at.at(-1) === 'patternProperties';
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      const data = inData || (!isPropertyMap && isDataKey(key, child, at));
      copy[inData && key === '$ref' ? DATA_REF : key] = walk(child, [...at, key], data);
    }
    return copy;
  };
  return walk(value, [], false);
}

/** Undoes maskDataRefs in place, on the bundled document. */
export function unmaskDataRefs(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (DATA_REF in record) {
      const entries = Object.entries(record).map(([k, v]) => [k === DATA_REF ? '$ref' : k, v] as const);
      for (const key of Object.keys(record)) delete record[key];
      Object.assign(record, Object.fromEntries(entries));
    }
    stack.push(...Object.values(record));
  }
}

/** Undoes maskDataRefs in generated text, where a masked key may show inside an example (a JSDoc `@example`). */
export function unmaskDataRefsInText(text: string): string {
  return text.replaceAll(JSON.stringify(DATA_REF).slice(1, -1), '$ref');
}

/**
 * Example values, `const`, `enum` and a schema's `default` are data: a "$ref" key inside them is not a
 * reference. `responses.default` is the default Response object, not data.
 */
function isDataKey(key: string, child: unknown, at: string[]): boolean {
  if (key === 'example' || key === 'const' || key === 'enum') return true;
  if (key === 'default') return at.at(-1) !== 'responses';
  if (key === 'value' && at.at(-2) === 'examples') return true;
  return key === 'examples' && Array.isArray(child);
}
