import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import { InputError } from '../errors.js';
import { jsonPositions } from './json-positions.js';

/** The `yaml` package, loaded on first use: most runs never need a syntax tree, and loading it costs ~80 ms. */
let yamlPackage: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlPackage;
}

/** YAML aliases allowed per file; a "billion laughs" document needs many more. */
const MAX_ALIASES = 1000;

/** One parsed spec file, with what is needed to map a JSON pointer back to `line:col`. */
export interface SourceFile {
  path: string;
  value: unknown;
  /** The YAML syntax tree with line positions; built on first use (most runs never need it). */
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
  /** A faster way to `line:col` than the syntax tree, where there is one (JSON files). */
  readonly position?: (segments: readonly string[]) => { line: number; col: number };
}

/** The `yaml` package's syntax tree of a file, with the line counter that maps its offsets to lines. */
export interface SourceTree {
  document: Document.Parsed;
  lines: LineCounter;
}

export function parseTree(text: string): SourceTree {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  return { document, lines };
}

/** A parsed file whose syntax tree is only built when a position is first asked for. */
export function lazyTreeSource(path: string, value: unknown, text: string): SourceFile {
  let tree: SourceTree | undefined;
  const positions = () => {
    tree ??= parseTree(text);
    return tree;
  };
  return {
    path,
    value,
    get document() {
      return positions().document;
    },
    get lines() {
      return positions().lines;
    },
  };
}

/** A parsed JSON file: positions come from a JSON parser with offsets, built on first use. */
export function lazyJsonSource(path: string, value: unknown, text: string): SourceFile {
  let locate: ReturnType<typeof jsonPositions> | undefined;
  return Object.assign(lazyTreeSource(path, value, text), {
    position: (segments: readonly string[]) => {
      locate ??= jsonPositions(text);
      return locate(segments);
    },
  });
}

/** The `yaml` package's reading of a file: its first syntax error as a one-line InputError, else its values. */
export function valueOfTree({ document, lines }: SourceTree, path: string): unknown {
  const problem = document.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    const message = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error';
    throw new InputError(`YAML/JSON syntax error: ${message}`, {
      where: `${path}:${at.line}:${at.col}`,
      hint: 'fix the syntax at that line',
    });
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new InputError(`cannot expand YAML: ${(error as Error).message}`, {
      where: path,
      hint: 'remove excessive aliases (a YAML alias bomb?)',
    });
  }
}

/** `line:col` of the node at a JSON pointer inside one file, or of the nearest ancestor that exists. */
export function lineOf(source: SourceFile, segments: readonly string[]): { line: number; col: number } {
  if (source.position) return source.position(segments);
  const { isMap, isScalar, isSeq } = yaml();
  let node: Node | null = source.document.contents as Node | null;
  let found = node;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node)) {
      node = (node.items[Number(segment)] as Node | undefined) ?? null;
    } else {
      break;
    }
    if (!node) break;
    found = node;
  }
  const offset = found?.range?.[0] ?? 0;
  return source.lines.linePos(offset);
}
