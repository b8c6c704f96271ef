import { codeSpan, markdownText, markdownUrl } from '../../core/text/markdown.js';
import type { Change, DiffReport, Level } from './types.js';

/** Marks the PR comment so that a workflow updates it instead of adding another. */
export const MARKDOWN_MARKER = '<!-- webhook-contracts-diff -->';

const ICON: Record<Level, string> = { breaking: '❌', warning: '⚠️', info: 'ℹ️' };
/** Events named in a section title before the rest are counted. */
const TITLE_EVENTS = 4;

/**
 * A PR comment: verdict and counts, then one section per event (or per set of events sharing a change),
 * each event linked to its Markdown page, and one line per change, most severe first. Consumers appear
 * only when pact files were read.
 */
export function renderMarkdown(report: DiffReport): string {
  const lines = [MARKDOWN_MARKER, '## Webhook contract changes', '', verdict(report)];
  for (const [events, changes] of groups(report.changes)) {
    lines.push('', `### ${title(events, report)}`, '');
    for (const c of changes) lines.push(line(c, events, report));
  }
  if (report.changes.length > 0) {
    lines.push(
      '',
      report.consumersChecked
        ? '_Consumers: those whose pact interactions declare the changed field, a field inside it, or the object that holds it._'
        : '_No pact files were read, so the consumers affected are unknown._',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The first line of the report: the verdict and the counts. */
export function verdict(report: DiffReport): string {
  const { breaking, warning, info } = report.summary;
  if (report.changes.length === 0) return '✅ **No change** to the webhook contracts.';
  const counts = `${breaking} breaking · ${warning} warning${warning === 1 ? '' : 's'} · ${info} info`;
  if (breaking > 0) return `❌ **${breaking} breaking change${breaking === 1 ? '' : 's'}** for webhook consumers (${counts}).`;
  if (warning > 0) return `⚠️ **No breaking change**, but ${warning} warning${warning === 1 ? '' : 's'} to review (${counts}).`;
  return `✅ **No breaking change**: only compatible changes (${counts}).`;
}

/** Changes grouped by the events they affect, in report order (most severe group first). */
function groups(changes: Change[]): Map<string, Change[]> {
  const map = new Map<string, Change[]>();
  for (const c of changes) {
    const key = c.events.join('\u0000');
    map.set(key, [...(map.get(key) ?? []), c]);
  }
  return map;
}

function title(key: string, report: DiffReport): string {
  if (key === '') return 'Outside any event';
  const events = key.split('\u0000');
  const shown = events.slice(0, TITLE_EVENTS).map((e) => eventLink(e, report));
  if (events.length === 1) return shown[0] as string;
  const more = events.length > TITLE_EVENTS ? ` and ${events.length - TITLE_EVENTS} more` : '';
  return `${events.length} events: ${shown.join(', ')}${more}`;
}

function eventLink(event: string, report: DiffReport): string {
  const page = report.eventPages?.[event];
  return page ? `[${codeSpan(event)}](${markdownUrl(page)})` : codeSpan(event);
}

/** `❌ `id` `/pointer` — message · consumers`; a change reached at several pointers lists each once. */
function line(c: Change, key: string, report: DiffReport): string {
  const pointers = [...new Set(c.usages.length ? c.usages.map((u) => u.pointer) : [c.pointer])];
  const where = pointers.map((p) => code(p || '/')).join(', ');
  const readers =
    report.consumersChecked && key !== ''
      ? ` · consumers: ${c.consumers.length ? c.consumers.map(markdownText).join(', ') : 'none read it'}`
      : '';
  return `- ${ICON[c.level]} **${c.level}** ${codeSpan(c.id)} ${where} — ${markdownText(c.message)}${readers}`;
}

/** Spec-controlled text (names, pointers, messages) goes through the Markdown channel's escapers (core/text). */
const code = (text: string) => codeSpan(text);
