/** Lone surrogates (which no encoder accepts) replaced with U+FFFD, like `String.prototype.toWellFormed` (ES2024). */
export declare function wellFormed(text: string): string;
