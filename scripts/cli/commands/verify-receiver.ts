import { randomBytes } from 'node:crypto';
import { UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { IDEMPOTENCY_EXTENSION, SIGNATURE_EXTENSION } from '../../core/spec/webhook-extensions.js';
import { knownNamesHint } from '../../runtime/nearest-names.js';
import { parseHeaderFlags } from '../../tools/contracts/delivery-headers.js';
import { renderReceiverReport } from '../../tools/contracts/render-receiver-report.js';
import { verifyReceiver } from '../../tools/contracts/verify-receiver.js';
import { type Command, EXIT } from '../command.js';
import { credentialFlags, loadOptions, oneOf, parseUrl, specPath } from '../options.js';

export const command: Command = {
  name: 'verify-receiver',
  summary:
    'POST every documented payload (or payloads generated from the schema where an event has no example, or --payloads), with the headers and credentials the spec declares, to a running webhook receiver, then deliveries it must refuse; fail listing payloads not answered with 2xx and refusal probes that were.',
  usage:
    '--url URL [--spec PATH] [--secret S]... [--basic-auth USER:PASSWORD] [--bearer TOKEN] [--api-key KEY] [--event TYPE] [--timeout-ms N] [--idempotency-key POINTER] [--payloads PATH] [--header "NAME: VALUE"]... [--no-refusals] [--strict] [--allow-remote] [--format text|json]',
  help: {
    url: 'URL    the receiver endpoint, e.g. http://127.0.0.1:3000/webhooks/voucherify (required)',
    secret: `S      HMAC signing secret, when the spec declares ${SIGNATURE_EXTENSION} (default: env WEBHOOK_SECRET); repeat it to sign with several (rotation)`,
    'basic-auth': 'U:P    HTTP basic credentials, when the spec declares http basic security (default: env WEBHOOK_BASIC_AUTH)',
    bearer: 'TOKEN  bearer token, when the spec declares http bearer security (default: env WEBHOOK_BEARER)',
    'api-key': 'KEY    API key, when the spec declares an apiKey header (default: env WEBHOOK_API_KEY)',
    event: 'TYPE   send only this event type (default: every event)',
    'timeout-ms': 'N      give up on a request after N ms (default 10000, like Voucherify); the rest are then not sent',
    'idempotency-key': `PTR    JSON pointer of a string made unique per delivery (default: the spec's ${IDEMPOTENCY_EXTENSION}; "" for none)`,
    payloads:
      'PATH   send these payloads instead of the documented ones: a JSON file, NDJSON (.ndjson/.jsonl) or a folder of .json files; each item {"event", "body"}, or a bare body with --event; each validated first, invalid ones listed and not sent (64 MiB at most)',
    header: "'N: V'  add or replace a header on every delivery (repeatable); the spec's credentials are still added last",
    'no-refusals':
      '       skip the refusal probes (no signature, another secret, body altered after signing, stale timestamp, missing or wrong credentials, a body breaking the schema): for a receiver behind a gateway that checks credentials',
    strict: '       also fail when the receiver accepts a signed body that breaks the schema (by default only reported)',
    'allow-remote': '       allow a URL that is not on this machine (refused by default: this sends hundreds of requests)',
    format: 'NAME   text or json',
  },
  options: {
    url: { type: 'string' },
    secret: { type: 'string', multiple: true },
    'basic-auth': { type: 'string' },
    bearer: { type: 'string' },
    'api-key': { type: 'string' },
    event: { type: 'string' },
    'timeout-ms': { type: 'string' },
    'idempotency-key': { type: 'string' },
    header: { type: 'string', multiple: true },
    payloads: { type: 'string' },
    'no-refusals': { type: 'boolean' },
    strict: { type: 'boolean' },
    'allow-remote': { type: 'boolean' },
    format: { type: 'string' },
  },
  allowPositionals: false,
  async run(context) {
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    const url = parseUrl(context.values.url, context.values['allow-remote'] === true);
    const timeoutMs = Number(context.values['timeout-ms'] ?? 10_000);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
      throw new UsageError('--timeout-ms must be a positive whole number of milliseconds', { where: '--timeout-ms' });
    const keyFlag = context.values['idempotency-key'] as string | undefined;
    if (keyFlag !== undefined && keyFlag !== '' && !keyFlag.startsWith('/')) {
      throw new UsageError(`"${keyFlag}" is not a JSON pointer`, { where: '--idempotency-key', hint: 'e.g. /data/id, or "" for none' });
    }
    const headers = parseHeaderFlags((context.values.header as string[] | undefined) ?? []);
    const spec = await loadSpec(specPath(context), loadOptions(context));
    const event = context.values.event as string | undefined;
    if (event !== undefined && !spec.events.some((e) => e.type === event)) {
      throw new UsageError(
        `unknown event "${event.slice(0, 200)}" (${knownNamesHint(
          event,
          spec.events.map((e) => e.type),
        )})`,
        { where: '--event' },
      );
    }
    const report = await verifyReceiver(spec, {
      url,
      timeoutMs,
      event,
      credentials: credentialFlags(context),
      env: process.env,
      idempotencyKey: keyFlag,
      headers,
      payloads: context.values.payloads as string | undefined,
      refusals: context.values['no-refusals'] !== true,
      strict: context.values.strict === true,
      runId: randomBytes(6).toString('hex'),
    });
    const { stdout, stderr } = renderReceiverReport(report, format);
    context.stdout(stdout);
    context.stderr(stderr);
    return report.failing ? EXIT.problems : EXIT.ok;
  },
};
