import { randomBytes } from 'node:crypto';
import { UsageError } from '../../core/errors.js';
import { type Finding, location } from '../../core/findings.js';
import { loadSpec } from '../../core/spec/load.js';
import { getAt, parsePointer } from '../../core/spec/pointer.js';
import { type AuthRequirement, readDeclarations } from '../../core/spec/webhook-declarations.js';
import { deliveryAuth, describeDeclared, type GivenCredentials } from '../../tools/contracts/delivery-auth.js';
import { documentedPayloads } from '../../tools/contracts/documented-payloads.js';
import { eventsWithNothingToSend } from '../../tools/contracts/nothing-to-send.js';
import { formatFailureGroup, groupFailures } from '../../tools/contracts/receiver-failures.js';
import { sendVariants } from '../../tools/contracts/send-variants.js';
import type { Variant } from '../../tools/contracts/variants.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { compatOptions, oneOf, specPath } from '../options.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export const command: Command = {
  name: 'verify-receiver',
  summary:
    'POST every documented payload, with the credentials the spec declares, to a running webhook receiver; fail listing those not answered with 2xx.',
  usage:
    '--url URL [--spec PATH] [--secret S] [--basic-auth USER:PASSWORD] [--bearer TOKEN] [--api-key KEY] [--event TYPE] [--timeout-ms N] [--idempotency-key POINTER] [--allow-remote] [--format text|json]',
  help: {
    url: 'URL    the receiver endpoint, e.g. http://127.0.0.1:3000/webhooks/voucherify (required)',
    secret:
      'S      HMAC signing secret, when the spec declares x-webhook-signature (default: env WEBHOOK_SECRET); repeat it to sign with several (rotation)',
    'basic-auth': 'U:P    HTTP basic credentials, when the spec declares http basic security (default: env WEBHOOK_BASIC_AUTH)',
    bearer: 'TOKEN  bearer token, when the spec declares http bearer security (default: env WEBHOOK_BEARER)',
    'api-key': 'KEY    API key, when the spec declares an apiKey header (default: env WEBHOOK_API_KEY)',
    event: 'TYPE   send only this event type (default: every event)',
    'timeout-ms': 'N      give up on a request after N ms (default 10000, like Voucherify); the rest are then not sent',
    'idempotency-key':
      'PTR    JSON pointer of a string made unique per delivery (default: the spec\'s x-webhook-idempotency-key; "" for none)',
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
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    const event = context.values.event as string | undefined;
    if (event !== undefined && !spec.events.some((e) => e.type === event)) {
      throw new UsageError(`unknown event "${event}" (known: ${spec.events.map((e) => e.type).join(', ')})`, { where: '--event' });
    }
    const selected = spec.events.filter((e) => event === undefined || e.type === event);
    const declarations = new Map(selected.map((e) => [e.type, readDeclarations(spec, e)]));
    const auth = new Map<string, AuthRequirement[]>([...declarations].map(([type, d]) => [type, d.auth]));
    const sign = deliveryAuth(auth, credentialFlags(context), process.env, randomBytes(6).toString('hex'));
    const declared = [...auth.values()].flat();
    if (declared.length === 0) context.stderr('the spec declares no credentials (no x-webhook-signature, no security): none are sent\n');
    const payloads = documentedPayloads(spec, event);
    const variants = payloads.flatMap((e) => e.variants);
    const keys = new Map([...declarations].map(([type, d]) => [type, keyFlag ?? d.idempotencyKey]));
    reportIdempotency(context, keys, keyFlag !== undefined, variants);
    const empty = eventsWithNothingToSend(spec, payloads, event);
    const deliveries = await sendVariants(url, variants, { timeoutMs, auth: sign, idempotencyKey: keys });
    const failed = deliveries.filter((d) => d.status === null || d.status < 200 || d.status > 299);
    const groups = groupFailures(failed);
    if (format === 'json') {
      // Each refused delivery also as a finding of the one shape (docs/findings.md).
      const findings = failed.map(
        (d): Finding<'error'> => ({
          id: 'payload-refused',
          level: 'error',
          message: `${d.eventType}: ${d.variant}: ${d.status ?? 'no answer'} ${d.body}`,
          location: location({}),
        }),
      );
      context.stdout(`${JSON.stringify({ url, sent: deliveries.length, failed, groups, nothingToSend: empty, findings }, null, 2)}\n`);
    } else {
      for (const g of groups) context.stdout(`${formatFailureGroup(g)}\n`);
      for (const e of empty) context.stdout(`${e.eventType}: nothing to send: ${e.reason}\n`);
    }
    context.stderr(
      `${deliveries.length} documented payload(s) sent to ${url} (${declared.length ? describeDeclared(declared) : 'no credentials'}): ${deliveries.length - failed.length} accepted, ${failed.length} not${empty.length ? `; ${empty.length} event(s) with nothing to send` : ''}\n`,
    );
    return failed.length > 0 || empty.length > 0 ? EXIT.problems : EXIT.ok;
  },
};

function credentialFlags(context: CommandContext): GivenCredentials {
  const v = context.values;
  return {
    secret: v.secret as string[] | undefined,
    basicAuth: v['basic-auth'] as string | undefined,
    bearer: v.bearer as string | undefined,
    apiKey: v['api-key'] as string | undefined,
  };
}

/** Says, once each, which events declare no idempotency key and where the key is not in the payloads. */
function reportIdempotency(
  context: CommandContext,
  keys: ReadonlyMap<string, string | undefined>,
  fromFlag: boolean,
  variants: readonly Variant[],
): void {
  const undeclared = [...keys].filter(([, key]) => key === undefined).map(([type]) => type);
  if (undeclared.length > 0) {
    const which =
      undeclared.length === keys.size
        ? 'the spec declares no idempotency key'
        : `no idempotency key is declared for ${undeclared.join(', ')}`;
    context.stderr(
      `${which} (x-webhook-idempotency-key): payloads are sent as documented, so a receiver that deduplicates may process only some of them\n`,
    );
  }
  const source = fromFlag ? '--idempotency-key' : 'the spec (x-webhook-idempotency-key)';
  for (const key of new Set(keys.values())) {
    if (!key) continue;
    const segments = parsePointer(key);
    const mine = variants.filter((v) => keys.get(v.eventType) === key);
    const missing = mine.filter((v) => typeof getAt(v.payload, segments) !== 'string').length;
    if (missing > 0) {
      context.stderr(
        `idempotency key ${key} from ${source} is not a string in ${missing} of ${mine.length} payload(s): those are sent unchanged\n`,
      );
    }
  }
}

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
