import { terminalLine } from '../../core/text/terminal.js';
import type { Change, DiffReport } from './types.js';

/** One line per change: level, rule id, events, pointer, message, consumers; then the counts. Each one terminal line (core/text). */
export function renderText(report: DiffReport): string {
  const lines = report.changes.map(
    (c) => `${c.level.toUpperCase().padEnd(8)} ${c.id} ${eventsOf(c)} ${pointersOf(c)}: ${c.message}${consumersOf(c, report)}`,
  );
  if (lines.length === 0) lines.push('no change to the webhook contracts');
  lines.push(`${report.summary.breaking} breaking, ${report.summary.warning} warning(s), ${report.summary.info} info`);
  return `${lines.map(terminalLine).join('\n')}\n`;
}

function eventsOf(c: Change): string {
  if (c.events.length === 0) return '(document)';
  return c.events.length === 1 ? (c.event as string) : `${c.event} (+${c.events.length - 1} more)`;
}

function pointersOf(c: Change): string {
  const others = new Set(c.usages.map((u) => u.pointer).filter((p) => p !== c.pointer)).size;
  return `${c.pointer || '/'}${others ? ` (+${others} more place${others === 1 ? '' : 's'})` : ''}`;
}

function consumersOf(c: Change, report: DiffReport): string {
  if (!report.consumersChecked || c.events.length === 0) return '';
  return c.consumers.length ? ` [consumers: ${c.consumers.join(', ')}]` : ' [no consumer reads it]';
}
