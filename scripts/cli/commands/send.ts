import { randomBytes } from 'node:crypto';
import { UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { SIGNATURE_EXTENSION } from '../../runtime/internal/webhook-extensions.js';
import { parseHeaderFlags } from '../../tools/contracts/delivery-headers.js';
import { sendOne } from '../../tools/contracts/send-one.js';
import { type Command, EXIT } from '../command.js';
import { credentialFlags, loadOptions, parseUrl, specPath } from '../options.js';

export const command: Command = {
  name: 'send',
  summary: "POST one event's payload, signed and with the headers the spec declares, to a receiver; print its status and body.",
  usage:
    '--event TYPE --url URL [--example NAME | --payload FILE] [--spec PATH] [--secret S] [--basic-auth USER:PASSWORD] [--bearer TOKEN] [--api-key KEY] [--header "NAME: VALUE"]... [--timeout-ms N] [--allow-remote]',
  help: {
    event: 'TYPE   the event to send, a key under `webhooks` (required)',
    url: 'URL    the receiver endpoint (required)',
    example: "NAME   which of the event's examples (default: its first; with none, a payload generated from its schema)",
    payload: 'FILE   send this JSON body instead (validated against the event first)',
    secret: `S      HMAC signing secret, when the spec declares ${SIGNATURE_EXTENSION} (default: env WEBHOOK_SECRET)`,
    'basic-auth': 'U:P    HTTP basic credentials (default: env WEBHOOK_BASIC_AUTH)',
    bearer: 'TOKEN  bearer token (default: env WEBHOOK_BEARER)',
    'api-key': 'KEY    API key (default: env WEBHOOK_API_KEY)',
    header: "'N: V'  add or replace a header (repeatable)",
    'timeout-ms': 'N      give up after N ms (default 10000)',
    'allow-remote': '       allow a URL that is not on this machine',
  },
  options: {
    event: { type: 'string' },
    url: { type: 'string' },
    example: { type: 'string' },
    payload: { type: 'string' },
    secret: { type: 'string' },
    'basic-auth': { type: 'string' },
    bearer: { type: 'string' },
    'api-key': { type: 'string' },
    header: { type: 'string', multiple: true },
    'timeout-ms': { type: 'string' },
    'allow-remote': { type: 'boolean' },
  },
  allowPositionals: false,
  async run(context) {
    const event = context.values.event;
    if (typeof event !== 'string' || event === '') throw new UsageError('--event TYPE is required', { where: '--event' });
    const url = parseUrl(context.values.url, context.values['allow-remote'] === true);
    if (context.values.example !== undefined && context.values.payload !== undefined) {
      throw new UsageError('give --example or --payload, not both', { where: '--payload' });
    }
    const timeoutMs = Number(context.values['timeout-ms'] ?? 10_000);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
      throw new UsageError('--timeout-ms must be a positive whole number', { where: '--timeout-ms' });
    const headers = parseHeaderFlags((context.values.header as string[] | undefined) ?? []);
    const spec = await loadSpec(specPath(context), loadOptions(context));
    const sent = await sendOne(spec, {
      url,
      event,
      example: context.values.example as string | undefined,
      payload: context.values.payload as string | undefined,
      credentials: credentialFlags(context),
      env: process.env,
      headers,
      timeoutMs,
      runId: randomBytes(6).toString('hex'),
    });
    context.stdout(`${sent.status ?? 'no answer'}\n${sent.body}${sent.body.endsWith('\n') || sent.body === '' ? '' : '\n'}`);
    context.stderr(`${event}: ${sent.payload} sent to ${url}: ${sent.status === null ? 'no answer' : `HTTP ${sent.status}`}\n`);
    return sent.status !== null && sent.status >= 200 && sent.status <= 299 ? EXIT.ok : EXIT.problems;
  },
};
