/**
 * Markdown escaping for text taken from a spec. Spec descriptions are Markdown, so emphasis, links and code
 * spans are kept; raw HTML is not (a spec is input: `<script>` in a description must stay text), and in a
 * table cell `|` and line breaks would break the row.
 */
import { codeSpan, markdownFence, markdownProse, markdownText } from '../../core/text/markdown.js';

export { splitCodeSpans } from '../../core/text/markdown.js';

/** Markdown prose with raw HTML neutralised (the Markdown channel's escaper, core/text). */
export const prose = markdownProse;

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
