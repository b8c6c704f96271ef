/**
 * JSON Pointer (RFC 6901): the one builder, escaper and parser. Every pointer is built here, never by hand,
 * so a key holding `/`, `~` or `%` (an event named `a%b`) points at itself and at nothing else.
 *
 * Two forms: a plain pointer (`/a/b~1c`, used for places inside a payload) and a URI fragment
 * (`#/a/b~1c`, used for places in the bundled document and as `$ref`s, which Ajv resolves as URIs): in the
 * fragment form, characters a URI fragment may not hold are percent-encoded (RFC 6901 §6), `%` among them.
 */
export declare function escapeSegment(segment: string): string;
export declare function unescapeSegment(segment: string): string;
/** `['a', 'b/c']` → `/a/b~1c`. */
export declare function toPointer(segments: readonly (string | number)[]): string;
/** `['webhooks', 'a%b']` → `#/webhooks/a%25b`: a pointer as a URI fragment. */
export declare function toFragment(segments: readonly (string | number)[]): string;
/** A bare pointer (`/webhooks/a~1b`) as a `#` fragment, percent-encoded (an event name may hold `%`). */
export declare function pointerToFragment(pointer: string): string;
/** A pointer one or more levels down, in the form (plain or `#` fragment) of `pointer`. */
export declare function childPointer(pointer: string, ...segments: readonly (string | number)[]): string;
/** A pointer that cannot be read: not starting with `/`, or a `#` fragment with a broken `%` escape. */
export declare class PointerError extends Error {
    readonly pointer: string;
    constructor(pointer: string, reason: string);
}
/** `#/a/b~1c`, `#/a/b%25c` or `/a/b~1c` → `['a', 'b/c']`. */
export declare function parsePointer(pointer: string): string[];
/** Value at a pointer, or undefined. Never follows inherited properties. */
export declare function getAt(root: unknown, segments: readonly string[]): unknown;
