import type { DiffReport, Level } from './types.js';

const COMMAND: Record<Level, string> = { breaking: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: one annotation per change, on the changed line of the head spec. */
export function renderGithub(report: DiffReport): string {
  return report.changes
    .map((c) => {
      const properties = [
        ...(c.location.file ? [`file=${property(c.location.file)}`, `line=${c.location.line}`] : []),
        `title=${property(`${c.id} (${c.level})`)}`,
      ];
      const places = new Set(c.usages.map((u) => u.pointer));
      const where = c.events.length ? `${c.events.join(', ')} ${[...places].join(', ') || c.pointer || '/'}` : c.pointer;
      const consumers = report.consumersChecked && c.events.length ? ` Consumers: ${c.consumers.join(', ') || 'none'}.` : '';
      return `::${COMMAND[c.level]} ${properties.join(',')}::${data(`${where}: ${c.message}.${consumers}`)}\n`;
    })
    .join('');
}

function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
