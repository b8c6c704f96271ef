import { escapeSegment } from '../../runtime/internal/json-pointer.js';

/**
 * The one JSON-path grammar of pact files (matching-rule keys such as `$.customer.email`, `$.lines[0].sku`,
 * `$.lines[*]`, `$['e.mail']`, `$["e.mail"]`): what every reader of pacts parses and writes.
 */
export type PactPathSegment = string | number;

/** `['reward', 'voucher', '*']` → `$.reward.voucher[*]`; numbers are array indices. */
export function pactPath(path: readonly PactPathSegment[]): string {
  return `$${path.map((s) => (s === '*' ? '[*]' : typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][\w]*$/.test(s) ? `.${s}` : `['${s}']`)).join('')}`;
}

/** `$.a.b[*].c` → `['a', 'b', '*', 'c']`, `$.a[0]` → `['a', 0]`, `$['a.b']` → `['a.b']`; `$` → []. */
export function parsePactPath(path: string): PactPathSegment[] {
  const segments: PactPathSegment[] = [];
  const pattern = /\.([^.[\]]+)|\[(\d+|\*)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const [, name, index, single, double] of path.replace(/^\$/, '').matchAll(pattern)) {
    if (index !== undefined) segments.push(index === '*' ? '*' : Number(index));
    else segments.push(name ?? single ?? double ?? '');
  }
  return segments;
}

/** Segments with every array position as `*` (what the diff's payload pointers use). */
export function parseJsonPath(path: string): string[] {
  return parsePactPath(path).map((s) => (typeof s === 'number' ? '*' : s));
}

/** `$.reward.voucher[*]` → `/reward/voucher/*`; '' for '' or `$` (the whole payload). */
export function pointerOfPactPath(path: string): string {
  return parsePactPath(path)
    .map((s) => `/${escapeSegment(String(s))}`)
    .join('');
}
