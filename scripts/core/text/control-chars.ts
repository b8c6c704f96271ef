/**
 * Control characters written as visible escapes (`\n`, `\x1b`, `\u2028`): the shared step of every
 * escaper in this folder. C0, DEL and C1 controls, and the two Unicode line/paragraph separators that
 * JavaScript and some terminals treat as line breaks.
 */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
}

/** Every control character (newlines included) as an escape: the text stays one line. */
export function escapeControls(text: string): string {
  // Most text holds none: a test is much cheaper than a replace with a callback (a page escapes thousands of spans).
  return HAS_CONTROL.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}

/** Control characters as escapes, except `\n`, which is kept as the line break it is. */
export function escapeControlsKeepNewlines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escapeOne);
}
