/** Request headers as Node gives them (lower-case keys, string or string[]) or as a Fetch `Headers`. */
export type HeadersInput = {
    get(name: string): string | null;
} | Readonly<Record<string, string | readonly string[] | undefined>>;
/**
 * One header's value, looked up case-insensitively. Repeated headers come back as an array (Node) or
 * joined with ", " (Fetch); both are returned as they are for the caller to judge.
 */
export declare function readHeader(headers: HeadersInput, name: string): string | readonly string[] | undefined;
