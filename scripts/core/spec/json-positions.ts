import { createRequire } from 'node:module';
import type { Node as JsonNode } from 'jsonc-parser';

/**
 * Line and column of the node at a JSON pointer in JSON text, or of its nearest ancestor that exists (as
 * `lineOf` does with the `yaml` package's tree, which takes ~10x longer to build for a large JSON file:
 * Voucherify's 850 KB spec, ~0.6 s against ~40 ms). jsonc-parser is loaded on first use.
 */
export function jsonPositions(text: string): (segments: readonly string[]) => { line: number; col: number } {
  const { parseTree } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const root = parseTree(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (segments) => {
    const offset = nodeAt(root, segments)?.offset ?? 0;
    const line = lastAtOrBefore(lineStarts, offset);
    return { line: line + 1, col: offset - (lineStarts[line] as number) + 1 };
  };
}

/** The deepest node on the way down `segments`; the last of duplicate keys, as JSON.parse keeps the last. */
function nodeAt(root: JsonNode | undefined, segments: readonly string[]): JsonNode | undefined {
  let node = root;
  for (const segment of segments) {
    let next: JsonNode | undefined;
    if (node?.type === 'object') {
      next = node.children?.findLast((property) => property.children?.[0]?.value === segment)?.children?.[1];
    } else if (node?.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) {
      next = node.children?.[Number(segment)];
    }
    if (!next) break;
    node = next;
  }
  return node;
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sorted[middle] as number) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The first key that appears twice in one JSON object, with its line and column. JSON.parse silently keeps
 * the last; YAML refuses duplicates, and a JSON spec must not mean something else than it reads.
 */
export function findDuplicateKey(text: string): { key: string; line: number; col: number } | undefined {
  const { visit } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const open: Array<Set<string>> = [];
  let found: { key: string; line: number; col: number } | undefined;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
      return !found;
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, _offset, _length, line, col) => {
      const keys = open.at(-1);
      if (!found && keys?.has(key)) found = { key, line: line + 1, col: col + 1 };
      keys?.add(key);
    },
  });
  return found;
}
