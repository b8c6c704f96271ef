import { UsageError } from '../../core/errors.js';
import { type Finding, location } from '../../core/findings.js';
import { relativeToCwd } from '../../core/relative-path.js';
import { loadSpec } from '../../core/spec/load.js';
import { assertEventType, checkPayloads, type PayloadResult } from '../../core/validate/check-payloads.js';
import { type PayloadInput, readPayloadBytes, readPayloadFile } from '../../core/validate/read-payload.js';
import { refuseUnsafePatterns } from '../../core/validate/unsafe-patterns.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { compatOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'validate',
  summary: "Validate JSON payload files against an event's schema.",
  usage: '--event TYPE [--spec PATH] [--format text|json] [--allow-unsafe-patterns] FILE... (FILE - reads standard input)',
  help: {
    'allow-unsafe-patterns':
      '       go on with a pattern that can backtrack catastrophically (refused by default: one payload could hang the validator)',
    event: 'TYPE   the event type the payloads claim to be, a key under `webhooks` (required)',
    format: 'NAME   text (`ok FILE`, or `FILE POINTER message` per problem) or json',
  },
  options: { 'allow-unsafe-patterns': { type: 'boolean' }, event: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(context) {
    const event = context.values.event;
    if (typeof event !== 'string' || event === '') throw new UsageError('--event TYPE is required', { where: '--event' });
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    if (context.positionals.length === 0) throw new UsageError('give at least one payload FILE (or - for standard input)');
    if (context.positionals.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    refuseUnsafePatterns(spec, context.values['allow-unsafe-patterns'] === true);
    assertEventType(spec, event);
    const payloads = await readAll(context);
    const results = checkPayloads(spec, event, payloads);
    context.stdout(format === 'json' ? renderJson(results) : renderText(results));
    return results.some((r) => r.problems.length > 0) ? EXIT.problems : EXIT.ok;
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

function renderText(results: PayloadResult[]): string {
  const lines = results.flatMap(({ file, problems }) =>
    problems.length === 0 ? [`ok ${file}`] : problems.map((p) => `${file} ${p.pointer || '/'} ${p.message}`),
  );
  return `${lines.join('\n')}\n`;
}

/** Each problem in the one finding shape (docs/findings.md): `payload-invalid`, at its pointer in the payload file. */
function renderJson(results: PayloadResult[]): string {
  const rows = results.map(({ file, problems }) => ({
    file,
    valid: problems.length === 0,
    findings: problems.map(
      ({ pointer, message }): Finding<'error'> => ({
        id: 'payload-invalid',
        level: 'error',
        message,
        location: location({ file: file === '-' ? '' : relativeToCwd(file), pointer }),
      }),
    ),
  }));
  return `${JSON.stringify({ results: rows }, null, 2)}\n`;
}
