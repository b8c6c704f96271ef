import { UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { terminalLine } from '../../core/text/terminal.js';
import { assertEventType, checkItems, type ItemResult, type ValidationReport } from '../../core/validate/check-payloads.js';
import { readPayloadBytes } from '../../core/validate/read-payload.js';
import { type PayloadItem, readPayloads, toItem } from '../../core/validate/read-payloads.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { compatOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'validate',
  summary: "Validate JSON payloads against their event's schema: files, folders, NDJSON, {event, body} items.",
  usage: '[--event TYPE] [--spec PATH] [--format text|json] PATH... (PATH - reads standard input)',
  help: {
    event:
      "TYPE   the event type of payloads that do not name their own (a key under `webhooks`); without it, each payload's type is read where the spec declares it (x-webhook-event-type)",
    format: 'NAME   text (`ok PATH`, or `PATH POINTER message` per problem; the event after PATH when not from --event) or json',
  },
  options: { event: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(context) {
    const event = context.values.event;
    if (event !== undefined && (typeof event !== 'string' || event === ''))
      throw new UsageError('--event needs an event type', { where: '--event' });
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    if (context.positionals.length === 0)
      throw new UsageError('give at least one payload PATH: a file, a folder, an NDJSON file (or - for standard input)');
    if (context.positionals.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    if (event !== undefined) assertEventType(spec, event);
    const items = await readAll(context);
    const report = checkItems(spec, items, event === undefined ? {} : { event });
    context.stdout(format === 'json' ? renderJson(report) : renderText(report));
    if (format === 'text' && items.length > 1) context.stderr(`${summaryLine(report)}\n`);
    return report.results.some((r) => r.findings.length > 0) ? EXIT.problems : EXIT.ok;
  },
};

/** Every payload is read and parsed before any is validated: a bad file stops the run with nothing printed. */
async function readAll(context: CommandContext): Promise<PayloadItem[]> {
  const items: PayloadItem[] = [];
  for (const path of context.positionals) {
    if (path !== '-') items.push(...readPayloads(path));
    else items.push(toItem(readPayloadBytes(await context.readStdin(), '-').value, '-', 0));
  }
  return items;
}

function renderText({ results }: ValidationReport): string {
  const lines = results
    .flatMap((r) => {
      const head = r.resolved ? `${r.source} ${r.event ?? '(no event)'}` : r.source;
      if (r.findings.length === 0) return [`ok ${head}`];
      return r.findings.map((f) =>
        f.id === 'payload-invalid' ? `${head} ${f.location.pointer || '/'} ${f.message}` : `${head} ${f.message}`,
      );
    })
    .map(terminalLine); // the payload and the spec write the pointers, messages and event names
  return `${lines.join('\n')}\n`;
}

/** `3 payloads: 1 valid, 1 invalid, 1 without a known event type`. */
function summaryLine({ summary }: ValidationReport): string {
  const parts = [`${summary.valid} valid`, `${summary.invalid} invalid`];
  if (summary.unresolved > 0) parts.push(`${summary.unresolved} without a known event type`);
  return `${summary.payloads} payloads: ${parts.join(', ')}`;
}

/** One result per payload, each problem in the one finding shape (docs/findings.md), and the counts. */
function renderJson(report: ValidationReport): string {
  const results = report.results.map((r: ItemResult) => ({
    file: r.source,
    event: r.event,
    valid: r.findings.length === 0,
    findings: r.findings,
  }));
  return `${JSON.stringify({ results, summary: report.summary }, null, 2)}\n`;
}
