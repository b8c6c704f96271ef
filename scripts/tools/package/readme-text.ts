/**
 * Escapers for the package README (issue 24 item 9). Local until the one escaper per output channel
 * lands under scripts/core/text/; then these should call it.
 */

/** Spec text as inert Markdown inline text: no HTML, no emphasis, links, code or table breaks, one line. */
export function markdownInline(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Text as a Markdown code span that no content can end early (backticks, newlines). */
export function markdownCode(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A JavaScript string literal of any text (quotes, backslashes, line terminators escaped). */
export function jsString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
