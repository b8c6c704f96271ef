import { InputError, UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { documentedPayloads } from '../../tools/contracts/documented-payloads.js';
import { type Delivery, sendVariants } from '../../tools/contracts/send-variants.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, oneOf, specPath } from '../options.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export const command: Command = {
  name: 'verify-receiver',
  summary: 'POST every documented payload, signed, to a running webhook receiver; fail listing those not answered with 2xx.',
  usage:
    '--url URL [--spec PATH] [--secret S] [--event TYPE] [--timeout-ms N] [--idempotency-key POINTER] [--allow-remote] [--format text|json]',
  help: {
    url: 'URL    the receiver endpoint, e.g. http://127.0.0.1:3000/webhooks/voucherify (required)',
    secret: 'S      signing secret (default: env WEBHOOK_SECRET)',
    event: 'TYPE   send only this event type (default: every event)',
    'timeout-ms': 'N      give up on a request after N ms (default 10000, like Voucherify); the rest are then not sent',
    'idempotency-key': 'PTR    JSON pointer of a string made unique per delivery (default /reward_redemption/id; "" for none)',
    'allow-remote': '       allow a URL that is not on this machine (refused by default: this sends hundreds of requests)',
    format: 'NAME   text or json',
  },
  options: {
    url: { type: 'string' },
    secret: { type: 'string' },
    event: { type: 'string' },
    'timeout-ms': { type: 'string' },
    'idempotency-key': { type: 'string' },
    'allow-remote': { type: 'boolean' },
    format: { type: 'string' },
  },
  allowPositionals: false,
  async run(context) {
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    const url = parseUrl(context.values.url, context.values['allow-remote'] === true);
    const secret = (context.values.secret as string | undefined) ?? process.env.WEBHOOK_SECRET;
    if (!secret) throw new UsageError('give the signing secret with --secret or the env WEBHOOK_SECRET', { where: '--secret' });
    const timeoutMs = Number(context.values['timeout-ms'] ?? 10_000);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
      throw new UsageError('--timeout-ms must be a positive whole number of milliseconds', { where: '--timeout-ms' });
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    const event = context.values.event as string | undefined;
    if (event !== undefined && !spec.events.some((e) => e.type === event)) {
      throw new UsageError(`unknown event "${event}" (known: ${spec.events.map((e) => e.type).join(', ')})`, { where: '--event' });
    }
    const variants = documentedPayloads(spec, event).flatMap((e) => e.variants);
    let deliveries: Delivery[];
    try {
      deliveries = await sendVariants(url, variants, {
        secret,
        timeoutMs,
        idempotencyKey: (context.values['idempotency-key'] as string | undefined) ?? '/reward_redemption/id',
      });
    } catch (error) {
      throw new InputError((error as Error).message, { where: '--url', hint: 'start the receiver first, or fix --url' });
    }
    const failed = deliveries.filter((d) => d.status === null || d.status < 200 || d.status > 299);
    if (format === 'json') context.stdout(`${JSON.stringify({ url, sent: deliveries.length, failed }, null, 2)}\n`);
    else for (const d of failed) context.stdout(`${d.eventType}: ${d.variant}: ${d.status ?? 'no answer'} ${d.body}\n`);
    context.stderr(
      `${deliveries.length} documented payload(s) sent to ${url}: ${deliveries.length - failed.length} accepted, ${failed.length} not\n`,
    );
    return failed.length > 0 ? EXIT.problems : EXIT.ok;
  },
};

function parseUrl(value: unknown, allowRemote: boolean): string {
  if (typeof value !== 'string' || value === '') throw new UsageError('--url URL is required', { where: '--url' });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`"${value}" is not a URL`, { where: '--url', hint: 'e.g. http://127.0.0.1:3000/webhooks/voucherify' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--url must be http or https, not ${url.protocol}`, { where: '--url' });
  if (!allowRemote && !LOOPBACK.has(url.hostname)) {
    throw new UsageError(`${url.hostname} is not this machine`, {
      where: '--url',
      hint: 'pass --allow-remote to send documented payloads to another host',
    });
  }
  return url.href;
}
