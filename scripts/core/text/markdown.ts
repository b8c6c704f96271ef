/**
 * Markdown escaping for text taken from a spec. Spec descriptions are Markdown, so emphasis, links and code
 * spans are kept; raw HTML is not (a spec is input: `<script>` in a description must stay text), and in a
 * table cell `|` and line breaks would break the row.
 */

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

/** Markdown prose with raw HTML neutralised (outside code spans `<` and `>` become entities). */
export function prose(text: string): string {
  return splitCodeSpans(text.trim())
    .map((part) => (part.code ? part.text : part.text.replaceAll('<', '&lt;').replaceAll('>', '&gt;')))
    .join('');
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

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || text.startsWith(' ') || text.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function fenced(content: string, language: string): string {
  const longest = Math.max(0, ...(content.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${content.replace(/\n$/, '')}\n${fence}`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Untrusted one-line text (a commit subject) as literal Markdown inside a line: every character that could start
 * emphasis, code, a link, a table cell or a tag is escaped, so it renders as the same characters and nothing else.
 */
export function plainText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replaceAll('&', '&amp;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
