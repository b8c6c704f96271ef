import type { DiffReport } from './types.js';

/** The stable JSON form (documented in docs/reference/cli.md, `diff`): `{changes: [...], summary: {...}}`, keys in a fixed order. */
export function renderJson(report: DiffReport): string {
  const changes = report.changes.map((c) => ({
    id: c.id,
    level: c.level,
    event: c.event,
    events: c.events,
    pointer: c.pointer,
    usages: c.usages,
    message: c.message,
    consumers: c.consumers,
    location: c.location,
  }));
  return `${JSON.stringify({ changes, summary: report.summary, consumersChecked: report.consumersChecked }, null, 2)}\n`;
}
