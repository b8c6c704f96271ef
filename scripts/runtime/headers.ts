import { SignatureError } from './errors.js';

/** Request headers as Node gives them (lower-case keys, string or string[]) or as a Fetch `Headers`. */
export type HeadersInput = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * One header's value, looked up case-insensitively. Repeated headers come back as an array (Node) or
 * joined with ", " (Fetch); both are returned as they are for the caller to judge.
 */
export function readHeader(headers: HeadersInput, name: string): string | readonly string[] | undefined {
  if (typeof headers.get === 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const lower = name.toLowerCase();
  if (Object.hasOwn(record, lower)) return record[lower];
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

/**
 * One header's text, sent once: undefined when absent (or null), a SignatureError (`malformed`) when
 * it was sent several times or is not text. Header values come from the wire, so whatever a framework
 * put there (a number, an object, `[null]`) is a refused request, never a TypeError.
 */
export function headerText(headers: HeadersInput, name: string): string | undefined {
  const value: unknown = readHeader(headers, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (value.length > 1) throw new SignatureError('malformed', `the ${name} header was sent ${value.length} times; expected once`);
    if (typeof value[0] === 'string') return value[0];
  }
  throw new SignatureError('malformed', `the ${name} header is not text`);
}
