import type { Change, DiffReport } from './types.js';

/** Marks the PR comment so that a workflow updates it instead of adding another. */
export const MARKDOWN_MARKER = '<!-- webhook-contracts-diff -->';

/** A PR comment: verdict, counts, then one table per event (or group of events sharing a change). */
export function renderMarkdown(report: DiffReport): string {
  const { breaking, warning, info } = report.summary;
  const lines = [MARKDOWN_MARKER, '## Webhook contract changes', '', verdict(report), ''];
  if (report.changes.length > 0) {
    lines.push('| breaking | warning | info |', '| ---: | ---: | ---: |', `| ${breaking} | ${warning} | ${info} |`, '');
  }
  for (const [title, changes] of groups(report.changes)) {
    lines.push(`### ${title}`, '', '| level | rule | where | change | consumers |', '| --- | --- | --- | --- | --- |');
    for (const c of changes) {
      lines.push(`| ${c.level} | \`${c.id}\` | ${code(c.pointer || '/')} | ${cell(c.message)} | ${consumers(c, report)} |`);
    }
    lines.push('');
  }
  if (report.changes.length > 0) {
    lines.push(
      report.consumersChecked
        ? '_Consumers: the pact consumers whose interactions read the changed field, a field above it or below it._'
        : '_No pact files were read, so the consumers affected are unknown._',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function verdict(report: DiffReport): string {
  const { breaking, warning } = report.summary;
  if (report.changes.length === 0) return '✅ **No change** to the webhook contracts.';
  if (breaking > 0) return `❌ **${breaking} breaking change${breaking === 1 ? '' : 's'}** for webhook consumers.`;
  if (warning > 0) return `⚠️ **No breaking change**, but ${warning} warning${warning === 1 ? '' : 's'} to review.`;
  return '✅ **No breaking change**: only compatible changes.';
}

/** Changes grouped by the events they affect: one event, several (a shared component), or none. */
function groups(changes: Change[]): Map<string, Change[]> {
  const map = new Map<string, Change[]>();
  for (const c of changes) {
    const title =
      c.events.length === 0
        ? 'Outside any event'
        : c.events.length === 1
          ? `\`${c.event}\``
          : `Shared by ${c.events.length} events: ${c.events.map((e) => `\`${e}\``).join(', ')}`;
    map.set(title, [...(map.get(title) ?? []), c]);
  }
  return map;
}

function consumers(c: Change, report: DiffReport): string {
  if (!report.consumersChecked || c.events.length === 0) return '—';
  return c.consumers.length ? cell(c.consumers.join(', ')) : 'none read it';
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (text: string) => `\`${text.replaceAll('`', "'").replaceAll('|', '\\|')}\``;
