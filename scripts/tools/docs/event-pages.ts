import { EVENTS_DIR, eventFileName } from '../../core/spec/event-page-names.js';
import type { WebhookEvent } from '../../core/spec/events.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { codeSpan } from '../../core/text/markdown.js';
import { cell, code, plainText, table } from '../../core/text/markdown-doc.js';
import { turnYielder } from '../../core/yield-turn.js';
import { GENERATED_HEADER, type LivingDocs, renderEventPage } from './event-page.js';

export { EVENTS_DIR, eventFileName };

/** Every Markdown file of `events/`, keyed by its path inside the docs output: one per webhook, plus the index. */
export function renderEventPages(spec: LoadedSpec, living: LivingDocs = {}): Map<string, string> {
  const pages = new EventPages(spec, living);
  for (const event of spec.events) pages.add(event);
  return pages.finish();
}

/** The same, giving the event loop a turn between pages now and then, so that SIGTERM and Ctrl-C are handled at once. */
export async function renderEventPagesYielding(spec: LoadedSpec, living: LivingDocs = {}): Promise<Map<string, string>> {
  const pages = new EventPages(spec, living);
  const nextTurn = turnYielder();
  for (const event of spec.events) {
    await nextTurn();
    pages.add(event);
  }
  return pages.finish();
}

class EventPages {
  private readonly files = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly rows: string[][] = [];

  constructor(
    private readonly spec: LoadedSpec,
    private readonly living: LivingDocs,
  ) {}

  add(event: WebhookEvent): void {
    const name = eventFileName(event.type, this.taken);
    this.files.set(`${EVENTS_DIR}/${name}`, renderEventPage(this.spec.document, event, this.living));
    this.rows.push([`[${codeSpan(event.type, { inTable: true })}](${name})`, cell(event.summary), event.deprecated ? 'yes' : '']);
  }

  finish(): Map<string, string> {
    indexPage(this.spec, this.files, this.rows);
    return this.files;
  }
}

function indexPage(spec: LoadedSpec, files: Map<string, string>, rows: string[][]): void {
  const info = spec.document.info;
  const index = [
    GENERATED_HEADER,
    `# ${plainText(info.title)} — webhook events`,
    `Spec version ${code(info.version)}. One page per event: its key fields, consumers and history, its headers, every field of its body, example payloads and the expected responses.`,
    table(['Event', 'Summary', 'Deprecated'], rows),
  ];
  files.set(`${EVENTS_DIR}/README.md`, `${index.join('\n\n')}\n`);
}
