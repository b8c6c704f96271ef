import { EVENTS_DIR, eventFileName } from '../../core/spec/event-page-names.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { cell, code, prose, table } from '../../core/text/markdown-doc.js';
import { GENERATED_HEADER, type LivingDocs, renderEventPage } from './event-page.js';

export { EVENTS_DIR, eventFileName };

/** Every Markdown file of `events/`, keyed by its path inside the docs output: one per webhook, plus the index. */
export function renderEventPages(spec: LoadedSpec, living: LivingDocs = {}): Map<string, string> {
  const files = new Map<string, string>();
  const taken = new Set<string>();
  const rows: string[][] = [];
  for (const event of spec.events) {
    const name = eventFileName(event.type, taken);
    files.set(`${EVENTS_DIR}/${name}`, renderEventPage(spec.document, event, living));
    rows.push([`[${code(event.type)}](${name})`, cell(event.summary), event.deprecated ? 'yes' : '']);
  }
  const info = spec.document.info;
  const index = [
    GENERATED_HEADER,
    `# ${prose(info.title)} — webhook events`,
    `Spec version ${code(info.version)}. One page per event: its key fields, consumers and history, its headers, every field of its body, example payloads and the expected responses.`,
    table(['Event', 'Summary', 'Deprecated'], rows),
  ];
  files.set(`${EVENTS_DIR}/README.md`, `${index.join('\n\n')}\n`);
  return files;
}
