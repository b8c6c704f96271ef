import { workflowCommand } from '../../core/text/workflow-command.js';
import type { DiffReport, Level } from './types.js';

const COMMAND: Record<Level, string> = { breaking: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: one annotation per change, on the changed line of the head spec. */
export function renderGithub(report: DiffReport): string {
  return report.changes
    .map((c) => {
      const properties = {
        ...(c.location.file ? { file: c.location.file, line: c.location.line } : {}),
        title: `${c.id} (${c.level})`,
      };
      const places = new Set(c.usages.map((u) => u.pointer));
      const where = c.events.length ? `${c.events.join(', ')} ${[...places].join(', ') || c.pointer || '/'}` : c.pointer;
      const consumers = report.consumersChecked && c.events.length ? ` Consumers: ${c.consumers.join(', ') || 'none'}.` : '';
      return workflowCommand(COMMAND[c.level], properties, `${where}: ${c.message}.${consumers}`);
    })
    .join('');
}
