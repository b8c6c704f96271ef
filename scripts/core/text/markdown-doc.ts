/**
 * Markdown escaping for text taken from a spec. Spec descriptions are Markdown, so emphasis, links and code
 * spans are kept; raw HTML is not (a spec is input: `<script>` in a description must stay text), and in a
 * table cell `|` and line breaks would break the row.
 */
import { codeSpan, markdownFence, markdownProse, markdownText } from './markdown.js';

export { splitCodeSpans } from './markdown.js';

/** Markdown prose with raw HTML neutralised (the Markdown channel's escaper, core/text). */
export const prose = markdownProse;

/**
 * Markdown blocks from a spec (a description, a multi-paragraph summary): prose, with blockquote markers at
 * the start of a line kept, so `> [!NOTE]` alerts and quotes render as written. A leading `>` starts no
 * HTML (only `<` can), and no line starts inside a code span (prose turns line breaks there into spaces).
 */
export function blocks(text: string): string {
  return prose(text).replace(/(^|\n)((?: {0,3}&gt;)+)/g, (_m, start: string, markers: string) => start + markers.replaceAll('&gt;', '>'));
}

/**
 * A summary as it opens a page: one plain line in bold; anything more (several paragraphs, a quote, a
 * list, a heading) as the Markdown blocks it is, since bold cannot span blocks and `**> x**` renders the stars.
 */
export function summaryBlock(text: string): string {
  const trimmed = text.trim();
  const oneLine = !/\r?\n\s*\r?\n/.test(trimmed) && !/^\s{0,3}(?:[>#]|[-+*]\s|\d+[.)]\s|```|~~~)/m.test(trimmed);
  return oneLine ? `**${prose(trimmed.replace(/\s*\r?\n\s*/g, ' ')).replace(/\*/g, '\\*')}**` : blocks(trimmed);
}

/** Text for one table cell: prose, `|` escaped (also inside code spans, as GFM requires), line breaks joined. */
export function cell(text: string | undefined): string {
  if (!text) return '';
  let escaped = cells.get(text);
  if (escaped === undefined) {
    if (cells.size >= CELL_MEMO) cells.clear();
    escaped = escapeCell(text);
    cells.set(text, escaped);
  }
  return escaped;
}

/** Shared schemas repeat their descriptions on every page that shows them: each is escaped once. */
const cells = new Map<string, string>();
const CELL_MEMO = 10_000;

function escapeCell(text: string): string {
  const paragraphs = text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim());
  return prose(paragraphs.join('\n\n')).replaceAll('|', '\\|').replace(/\n\n/g, '<br><br>');
}

/** Inline code that survives backticks and never holds a line break. */
export const code = (text: string): string => codeSpan(text);

/** A fenced code block whose fence is longer than any backtick run in the content. */
export const fenced = markdownFence;

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Untrusted one-line text (a commit subject) as literal Markdown inside a line: every character that could start
 * emphasis, code, a link, a table cell or a tag is escaped, so it renders as the same characters and nothing else.
 */
export const plainText = markdownText;
