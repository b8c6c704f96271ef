/** Request headers as Node gives them (lower-case keys, string or string[]) or as a Fetch `Headers`. */
export type HeadersInput = {
    get(name: string): string | null;
} | Readonly<Record<string, string | readonly string[] | undefined>>;
/**
 * One header's value, looked up case-insensitively. Repeated headers come back as an array (Node) or
 * joined with ", " (Fetch); both are returned as they are for the caller to judge.
 */
export declare function readHeader(headers: HeadersInput, name: string): string | readonly string[] | undefined;
/**
 * One header's text, sent once: undefined when absent (or null), a SignatureError (`malformed`) when
 * it was sent several times or is not text. Header values come from the wire, so whatever a framework
 * put there (a number, an object, `[null]`) is a refused request, never a TypeError.
 */
export declare function headerText(headers: HeadersInput, name: string): string | undefined;
