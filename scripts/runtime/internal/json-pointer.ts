/** JSON Pointer (RFC 6901) helpers. */

export function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** `['a', 'b/c']` → `/a/b~1c`. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join('');
}

/** `#/a/b~1c` or `/a/b~1c` → `['a', 'b/c']`. */
export function parsePointer(pointer: string): string[] {
  const bare = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (bare === '') return [];
  if (!bare.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return bare.slice(1).split('/').map(unescapeSegment);
}

/** Value at a pointer, or undefined. Never follows inherited properties. */
export function getAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
