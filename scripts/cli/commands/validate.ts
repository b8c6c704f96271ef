import { UsageError } from '../../core/errors.js';
import { type PayloadInput, readPayloadBytes, readPayloadFile } from '../../core/validate/read-payload.js';
import { validateReport } from '../../tools/validate/validate-report.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { compatOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'validate',
  summary: "Validate JSON payload files against an event's schema.",
  usage: '--event TYPE [--spec PATH] [--format text|json] FILE... (FILE - reads standard input)',
  help: {
    event: 'TYPE   the event type the payloads claim to be, a key under `webhooks` (required)',
    format: 'NAME   text (`ok FILE`, or `FILE POINTER message` per problem) or json',
  },
  options: { event: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(context) {
    const event = context.values.event;
    if (typeof event !== 'string' || event === '') throw new UsageError('--event TYPE is required', { where: '--event' });
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    if (context.positionals.length === 0) throw new UsageError('give at least one payload FILE (or - for standard input)');
    if (context.positionals.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    const report = await validateReport({
      specPath: specPath(context),
      compat: compatOptions(context),
      event,
      format,
      payloads: () => readAll(context),
    });
    context.stdout(report.stdout);
    return report.failed ? EXIT.problems : EXIT.ok;
  },
};

/** Every payload is read and parsed before any is validated: a bad file stops the run with nothing printed. */
async function readAll(context: CommandContext): Promise<PayloadInput[]> {
  const payloads: PayloadInput[] = [];
  for (const file of context.positionals) {
    payloads.push(file === '-' ? readPayloadBytes(await context.readStdin(), '-') : readPayloadFile(file));
  }
  return payloads;
}
