import { UsageError } from '../../core/errors.js';
import { readPayloadBytes } from '../../core/validate/read-payload.js';
import { type PayloadItem, readPayloads, toItem } from '../../core/validate/read-payloads.js';
import { EVENT_TYPE_EXTENSION } from '../../runtime/internal/webhook-extensions.js';
import { validateReport } from '../../tools/validate/validate-report.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { loadOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'validate',
  summary: "Validate JSON payloads against their event's schema: files, folders, NDJSON, {event, body} items.",
  usage: '[--event TYPE] [--spec PATH] [--format text|json] [--allow-unsafe-patterns] PATH... (PATH - reads standard input)',
  help: {
    'allow-unsafe-patterns':
      '       go on with a pattern that can backtrack catastrophically (refused by default: one payload could hang the validator)',
    event: `TYPE   the event type of payloads that do not name their own (a key under \`webhooks\`); without it, each payload's type is read where the spec declares it (${EVENT_TYPE_EXTENSION})`,
    format: 'NAME   text (`ok PATH`, or `PATH POINTER message` per problem; the event after PATH when not from --event) or json',
  },
  options: { 'allow-unsafe-patterns': { type: 'boolean' }, event: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(context) {
    const event = context.values.event;
    if (event !== undefined && (typeof event !== 'string' || event === ''))
      throw new UsageError('--event needs an event type', { where: '--event' });
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    if (context.positionals.length === 0)
      throw new UsageError('give at least one payload PATH: a file, a folder, an NDJSON file (or - for standard input)');
    if (context.positionals.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    const report = await validateReport({
      specPath: specPath(context),
      ...loadOptions(context),
      event,
      format,
      allowUnsafePatterns: context.values['allow-unsafe-patterns'] === true,
      payloads: () => readAll(context),
    });
    context.stdout(report.stdout);
    if (report.stderr) context.stderr(report.stderr);
    return report.failed ? EXIT.problems : EXIT.ok;
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
