import { codeSpan, markdownText } from '../../core/text/markdown.js';
import { MARKDOWN_MARKER, renderMarkdown, verdict } from './render-markdown.js';
import { type DiffReport, LEVELS, type Level } from './types.js';

/** GitHub refuses an issue or PR comment longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface CommentOptions {
  /** Most characters the comment may have (default GITHUB_COMMENT_LIMIT). */
  limit?: number;
  /** Where the full report is (a workflow run's artifact URL, a file name), named when the comment is cut. */
  fullReport?: string;
}

/**
 * The PR comment: the whole Markdown report when it fits the limit; otherwise a summary that does: the
 * verdict, the changes counted per event (most severe first, as many events as fit), and a pointer to the
 * full report. Lengths are UTF-16 code units, never fewer than the characters GitHub counts.
 */
export function renderComment(report: DiffReport, options: CommentOptions = {}): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const full = renderMarkdown(report);
  if (full.length <= limit) return full;
  const where = options.fullReport ? `: ${markdownText(options.fullReport)}` : ' (run `webhook-contracts diff --format markdown`)';
  const pointer = `The full report (${report.changes.length} changes, ${full.length} characters) is over the ${limit}-character limit of a comment, so this is its summary. Full report${where}.`;
  const head = [MARKDOWN_MARKER, '## Webhook contract changes', '', verdict(report), '', `> ${pointer}`, '', '### Changes by event', ''];
  const rows = eventCounts(report).map(
    ([event, counts]) =>
      `- ${event === null ? 'Outside any event' : codeSpan(event)}: ${LEVELS.filter((l) => counts[l] > 0)
        .map((l) => `${counts[l]} ${l}`)
        .join(', ')}`,
  );
  const lines = [...head];
  let length = lines.join('\n').length + 1;
  let shown = 0;
  for (const row of rows) {
    const rest = rows.length - shown - 1;
    const tail = rest > 0 ? `\n- … and ${rest} more event${rest === 1 ? '' : 's'}` : '';
    if (length + row.length + 1 + tail.length + 1 > limit) break;
    lines.push(row);
    length += row.length + 1;
    shown++;
  }
  if (shown < rows.length) lines.push(`- … and ${rows.length - shown} more event${rows.length - shown === 1 ? '' : 's'}`);
  const comment = `${lines.join('\n')}\n`;
  // The head alone is a few hundred characters; a limit below that is a caller's mistake, not a PR.
  return comment.length <= limit ? comment : `${comment.slice(0, Math.max(0, limit - 2))}…\n`;
}

/** Changes counted per event (a change affecting several events counts for each), most breaking first, then spec order. */
function eventCounts(report: DiffReport): Array<[string | null, Record<Level, number>]> {
  const counts = new Map<string | null, Record<Level, number>>();
  for (const change of report.changes) {
    for (const event of change.events.length ? change.events : [null]) {
      const row = counts.get(event) ?? { breaking: 0, warning: 0, info: 0 };
      row[change.level]++;
      counts.set(event, row);
    }
  }
  return [...counts].sort(([, a], [, b]) => b.breaking - a.breaking || b.warning - a.warning);
}
