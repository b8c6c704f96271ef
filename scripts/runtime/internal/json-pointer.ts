import { wellFormed } from './well-formed.js';

/**
 * JSON Pointer (RFC 6901): the one builder, escaper and parser. Every pointer is built here, never by hand,
 * so a key holding `/`, `~` or `%` (an event named `a%b`) points at itself and at nothing else.
 *
 * Two forms: a plain pointer (`/a/b~1c`, used for places inside a payload) and a URI fragment
 * (`#/a/b~1c`, used for places in the bundled document and as `$ref`s, which Ajv resolves as URIs): in the
 * fragment form, characters a URI fragment may not hold are percent-encoded (RFC 6901 §6), `%` among them.
 */

// Most keys hold neither `~` nor `/`: one test instead of two replaceAlls (a large spec builds and reads
// pointers for every property of every schema).
export function escapeSegment(segment: string): string {
  return /[~/]/.test(segment) ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment;
}

export function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replaceAll('~1', '/').replaceAll('~0', '~') : segment;
}

/** `['a', 'b/c']` → `/a/b~1c`. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join('');
}

/** `['webhooks', 'a%b']` → `#/webhooks/a%25b`: a pointer as a URI fragment. */
export function toFragment(segments: readonly (string | number)[]): string {
  return `#${encodeFragment(toPointer(segments))}`;
}

/** A bare pointer (`/webhooks/a~1b`) as a `#` fragment, percent-encoded (an event name may hold `%`). */
export function pointerToFragment(pointer: string): string {
  return `#${encodeFragment(pointer)}`;
}

/** A pointer one or more levels down, in the form (plain or `#` fragment) of `pointer`. */
export function childPointer(pointer: string, ...segments: readonly (string | number)[]): string {
  const tail = toPointer(segments);
  return pointer.startsWith('#') ? `${pointer}${encodeFragment(tail)}` : `${pointer}${tail}`;
}

/** What encodeURI leaves as it is (`#` aside): a pointer made of these alone, as most are, is its own encoding. */
const FRAGMENT_SAFE = /^[A-Za-z0-9\-_.!~*'();,/?:@&=+$]*$/;

/**
 * Characters a URI fragment may hold as they are (RFC 3986: unreserved, sub-delims, `:`, `@`, `/`, `?`); every
 * other one is percent-encoded as UTF-8. A lone surrogate (not encodable) is replaced with U+FFFD.
 */
function encodeFragment(pointer: string): string {
  if (FRAGMENT_SAFE.test(pointer)) return pointer;
  return encodeURI(wellFormed(pointer)).replaceAll('#', '%23').replaceAll('[', '%5B').replaceAll(']', '%5D');
}

/** A pointer that cannot be read: not starting with `/`, or a `#` fragment with a broken `%` escape. */
export class PointerError extends Error {
  constructor(
    readonly pointer: string,
    reason: string,
  ) {
    super(`${JSON.stringify(pointer)} is not a JSON pointer: ${reason}`);
    this.name = 'PointerError';
  }
}

/** `#/a/b~1c`, `#/a/b%25c` or `/a/b~1c` → `['a', 'b/c']`. */
export function parsePointer(pointer: string): string[] {
  const bare = pointer.startsWith('#') ? decodeFragment(pointer) : pointer;
  if (bare === '') return [];
  if (!bare.startsWith('/')) throw new PointerError(pointer, 'it must start with "/" (or "#/")');
  return bare.slice(1).split('/').map(unescapeSegment);
}

function decodeFragment(pointer: string): string {
  try {
    return decodeURIComponent(pointer.slice(1));
  } catch {
    throw new PointerError(pointer, 'a "%" in a "#" fragment must start an escape like %25');
  }
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
