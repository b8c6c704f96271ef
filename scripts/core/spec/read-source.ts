import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import { findDuplicateKey } from './json-positions.js';
import { lazyJsonSource, lazyTreeSource, parseTree, type SourceFile, valueOfTree } from './source-tree.js';
import { loadYamlValues } from './yaml-values.js';

/** Largest spec file we read: far above any real spec, far below what exhausts memory. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** Nesting deeper than this is not a spec; it would overflow the stack of every later step. */
export const MAX_DEPTH = 512;

/**
 * Reads a file's bytes, refusing directories, FIFOs and devices (`/dev/zero` never ends, a FIFO blocks
 * until some writer comes), files over MAX_SOURCE_BYTES, empty files and non-UTF-8 text. The file is
 * opened non-blocking and checked on its descriptor, so a FIFO swapped in after a check cannot hang it,
 * and read with a cap, so a file that grows while it is read cannot exhaust memory either.
 */
export function readText(path: string, what = 'file'): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new InputError(`is a directory, not a ${what}`, { where: path, hint: 'pass the path of a file' });
    }
    const hint = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'check the path and its permissions' : 'check the path';
    throw new InputError(`cannot read ${what}: ${describeFsError(error)}`, { where: path, hint });
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`is a directory, not a ${what}`, { where: path, hint: 'pass the path of a file' });
    if (!stat.isFile()) {
      const kind = stat.isFIFO() ? 'a FIFO (named pipe)' : stat.isSocket() ? 'a socket' : 'a device';
      throw new InputError(`is ${kind}, not a regular file: refused as a ${what}`, {
        where: path,
        hint: 'save the content to a regular file first',
      });
    }
    assertSize(stat.size, path, what);
    return decodeUtf8(readCapped(fd, path, what), path, what);
  } finally {
    closeSync(fd);
  }
}

/** Refuses input over MAX_SOURCE_BYTES: the one limit for spec files, payload files and standard input. */
export function assertSize(size: number, where: string, what: string, { known = true } = {}): void {
  if (size > MAX_SOURCE_BYTES) {
    const is = known ? `is ${size} bytes,` : 'is';
    throw new InputError(`${what} ${is} over the ${MAX_SOURCE_BYTES}-byte limit`, { where });
  }
}

/** Reads at most MAX_SOURCE_BYTES + 1 bytes: one byte more than the limit proves the input is too large. */
function readCapped(fd: number, path: string, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, MAX_SOURCE_BYTES + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      throw new InputError(`cannot read ${what}: ${describeFsError(error)}`, { where: path, hint: 'check the path and its permissions' });
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    assertSize(total, path, what, { known: false });
  }
  return Buffer.concat(chunks, total);
}

/** Reads a stream (standard input) with the same limit as a file, stopping as soon as it is exceeded. */
export async function readStreamCapped(stream: AsyncIterable<Buffer | string>, where: string, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    assertSize(total, where, what, { known: false });
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
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
  let value: unknown;
  try {
    value = JSON.parse(text);
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
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    throw new InputError(`duplicate key ${JSON.stringify(duplicate.key)} in one object`, {
      where: `${path}:${duplicate.line}:${duplicate.col}`,
      hint: 'keep one of them (JSON.parse would silently keep the last)',
    });
  }
  return value;
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
