/**
 * Markdown for PR comments and pages (GitHub-flavoured). A spec and its history are input: their text must
 * render as the same characters and nothing else. Code spans never hold a line break or a backtick run that
 * would close them (a line break inside one lets the next line start a block such as `<!--`, which hides
 * everything after it), and raw HTML is neutralised.
 */

import { wellFormed } from '../../runtime/internal/well-formed.js';
import { escapeControls } from './control-chars.js';

/**
 * Inline code holding any text. Line breaks and other control characters are shown as escapes (`\n`), the
 * fence is longer than any backtick run inside, and `|` is escaped when the span sits in a table cell.
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let body = escapeControls(text);
  if (options.inTable) body = body.replaceAll('|', '\\|');
  const longest = body.includes('`') ? Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length)) : 0;
  const fence = '`'.repeat(longest + 1);
  if (body === '') return '` `';
  const pad = longest > 0 || body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Untrusted text as literal Markdown inside a line: whitespace runs (line breaks included) become one space,
 * control characters are escapes, and every character that could start emphasis, code, a link, a table cell,
 * a heading or a list is backslash-escaped, and `&`, `<`, `>` become entities, so it renders as written.
 */
export function markdownText(text: string): string {
  const flat = escapeControls(text.replace(/[\s\u2028\u2029]+/g, ' ').trim());
  return flat
    .replaceAll('&', '&amp;')
    .replace(/[\\`*_[\]|~!#]/g, (c) => `\\${c}`)
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/^([-+=]|\d+[.)])/, (m) => `\\${m}`);
}

/** Splits text into code spans and the rest, CommonMark style (a span closes on a backtick run of equal length). */
export function splitCodeSpans(text: string): Array<{ code: boolean; text: string }> {
  const parts: Array<{ code: boolean; text: string }> = [];
  const runs = /`+/g;
  let plainFrom = 0;
  let open: RegExpExecArray | null = runs.exec(text);
  while (open) {
    const length = open[0].length;
    let close = runs.exec(text);
    while (close && close[0].length !== length) close = runs.exec(text);
    if (!close) {
      runs.lastIndex = open.index + length;
      open = runs.exec(text);
      continue;
    }
    if (open.index > plainFrom) parts.push({ code: false, text: text.slice(plainFrom, open.index) });
    parts.push({ code: true, text: text.slice(open.index, close.index + length) });
    plainFrom = close.index + length;
    open = runs.exec(text);
  }
  if (plainFrom < text.length) parts.push({ code: false, text: text.slice(plainFrom) });
  return parts;
}

/**
 * Markdown prose from a spec (a description): emphasis, links and code spans are kept; raw HTML is not
 * (`<` and `>` outside code spans become entities). A line break inside a code span becomes a space — which is
 * how CommonMark renders it anyway — so the next line cannot start an HTML block from inside the span.
 */
export function markdownProse(text: string): string {
  return splitCodeSpans(text.trim())
    .map((part) => (part.code ? part.text.replace(/[ \t]*\r?\n[ \t]*/g, ' ') : part.text.replaceAll('<', '&lt;').replaceAll('>', '&gt;')))
    .join('');
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function markdownFence(content: string, language: string): string {
  const longest = Math.max(0, ...(content.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${/^[\w+-]*$/.test(language) ? language : ''}\n${content.replace(/\n$/, '')}\n${fence}`;
}

/** A link target: spaces, parentheses, angle brackets and controls percent-encoded, so it cannot end the link early. */
export function markdownUrl(url: string): string {
  return encodeURI(wellFormed(url)).replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
