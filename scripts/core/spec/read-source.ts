import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { lazyJsonSource, lazyTreeSource, parseTree, type SourceFile, valueOfTree } from './source-tree.js';
import { loadYamlValues } from './yaml-values.js';

/** Largest spec file we read: far above any real spec, far below what exhausts memory. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** Nesting deeper than this is not a spec; it would overflow the stack of every later step. */
export const MAX_DEPTH = 512;

/** Reads a file's bytes, refusing directories, huge files, empty files and non-UTF-8 text. */
export function readText(path: string, what = 'file'): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new InputError(`is a directory, not a ${what}`, { where: path, hint: 'pass the path of a file' });
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${what}: ${describeFsError(error)}`, { where: path, hint: 'check the path' });
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new InputError(`${what} is ${size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit`, { where: path });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${what}: ${describeFsError(error)}`, { where: path, hint: 'check the path and its permissions' });
  }
  return decodeUtf8(bytes, path, what);
}

export function decodeUtf8(bytes: Uint8Array, where: string, what = 'file'): string {
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString('latin1'))) {
    throw new InputError(`${what} is empty`, { where });
  }
  if (bytes.includes(0)) {
    throw new InputError(`${what} is binary (it contains NUL bytes), not YAML or JSON text`, { where });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${what} is not valid UTF-8 text`, { where, hint: 'save it as UTF-8' });
  }
}

/**
 * Parses YAML or JSON (YAML 1.2 reads both) into plain data. Values come from the fastest parser that
 * agrees with the `yaml` package (JSON.parse, else js-yaml); the `yaml` syntax tree, needed for line
 * positions and for exact error messages, is built only when something asks for a line.
 */
export function parseSource(text: string, path: string): SourceFile {
  assertBracketDepth(text, path);
  if (/\.json$/i.test(path)) return lazyJsonSource(path, parseStrictJson(text, path), text);
  const fast = loadYamlValues(text, MAX_DEPTH);
  if (fast) {
    assertDepth(fast.value, path);
    return lazyTreeSource(path, fast.value, text);
  }
  const tree = parseTree(text);
  const value = valueOfTree(tree, path);
  assertDepth(value, path);
  return { path, value, ...tree };
}

export function readSource(path: string): SourceFile {
  return parseSource(readText(path, 'spec file'), path);
}

/** Refuses structures nested deeper than MAX_DEPTH, iteratively so that it cannot overflow itself. */
export function assertDepth(value: unknown, where: string): void {
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (depth > MAX_DEPTH) {
      throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, { where, hint: 'a spec or payload this deep is not supported' });
    }
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
}

/** A `.json` file must be JSON, not merely YAML (which also accepts trailing commas, comments, ...). */
function parseStrictJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /end of JSON input/.test(message) ? text.trimEnd().length : Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const before = Number.isNaN(position) ? '' : text.slice(0, position);
    const line = before.split('\n').length;
    const col = position - before.lastIndexOf('\n');
    const where = Number.isNaN(position) ? path : `${path}:${line}:${col}`;
    throw new InputError(`YAML/JSON syntax error: ${message.replace(/ in JSON at position \d+.*$/, '')}`, {
      where,
      hint: 'fix the syntax at that line',
    });
  }
}

/**
 * Refuses JSON-style nesting deeper than MAX_DEPTH before the parser recurses into it (a recursive
 * parser would overflow its stack and report a misleading syntax error). Quoted strings are skipped.
 */
function assertBracketDepth(text: string, path: string): void {
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || (c === "'" && /[\s,[{:]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) {
        throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, {
          where: `${path}:${line}`,
          hint: 'a spec this deep is not supported',
        });
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ENOTDIR') return 'a parent of the path is not a directory';
  return (error as Error).message;
}
