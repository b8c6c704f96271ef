import { wellFormed } from './well-formed.js';

/**
 * Strings inside generated code (TypeScript/JavaScript sources, code samples in a README). A name taken from a
 * spec becomes a double-quoted literal that cannot end early, whatever it holds: quotes, backslashes, newlines,
 * U+2028/U+2029 (line terminators in older engines and in many tools), and `<` (so `</script>` cannot close an
 * HTML script element the code is embedded in).
 */
export function jsString(text: string): string {
  return JSON.stringify(wellFormed(text)).replace(/[\u2028\u2029<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A property key in generated code: bare when it is a plain identifier, otherwise a string literal. */
export function jsPropertyKey(text: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text) ? text : jsString(text);
}

/** Text inside a block comment (`/** ... *\/`): it cannot close the comment or break its lines. */
export function jsCommentText(text: string): string {
  return text.replaceAll('*/', '*\\/').replace(/\r\n?|[\n\u2028\u2029]/g, ' ');
}
