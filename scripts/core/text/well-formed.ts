/** Lone surrogates (which no encoder accepts) replaced with U+FFFD, like `String.prototype.toWellFormed` (ES2024). */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
