/** JSON Pointer (RFC 6901) helpers. */
export declare function escapeSegment(segment: string): string;
export declare function unescapeSegment(segment: string): string;
/** `['a', 'b/c']` → `/a/b~1c`. */
export declare function toPointer(segments: readonly (string | number)[]): string;
/** `#/a/b~1c` or `/a/b~1c` → `['a', 'b/c']`. */
export declare function parsePointer(pointer: string): string[];
/** Value at a pointer, or undefined. Never follows inherited properties. */
export declare function getAt(root: unknown, segments: readonly string[]): unknown;
