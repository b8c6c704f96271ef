import { UsageError } from '../core/errors.js';
import { type CompatOption, isCompatOption } from '../core/schema/compat.js';
import { DEFAULT_SPEC } from '../core/spec/default-spec.js';
import type { GivenCredentials } from '../tools/contracts/delivery-auth.js';
import type { CommandContext } from './command.js';

export function specPath(context: CommandContext): string {
  const value = context.values.spec;
  if (value === '') throw new UsageError('--spec needs a path', { where: '--spec' });
  return typeof value === 'string' ? value : DEFAULT_SPEC;
}

export function compatOptions(context: CommandContext): CompatOption[] {
  const values = (context.values.compat as string[] | undefined) ?? [];
  const options = values.flatMap((v) => v.split(',')).filter(Boolean);
  for (const option of options) {
    if (!isCompatOption(option)) throw new UsageError(`unknown --compat value "${option}" (known: nullable)`, { where: '--compat' });
  }
  return options as CompatOption[];
}

/** How every command reads the spec: `--compat` switches and `--overlay` files. */
export function loadOptions(context: CommandContext): { compat: CompatOption[]; overlays: string[] } {
  const overlays = (context.values.overlay as string[] | undefined) ?? [];
  if (overlays.includes('')) throw new UsageError('--overlay needs a path', { where: '--overlay' });
  return { compat: compatOptions(context), overlays };
}

/**
 * `docs` and `changelog` read the spec's files and its git history as they are, so they cannot apply an
 * overlay: say how to get the same result.
 */
export function noOverlay(context: CommandContext, command: string): void {
  if (!(context.values.overlay as string[] | undefined)?.length) return;
  throw new UsageError(`${command} reads the spec's own files (and their history) and cannot apply an overlay`, {
    where: '--overlay',
    hint: 'bundle first: `webhook-contracts bundle --overlay FILE > spec.json`, then --spec spec.json',
  });
}

export function oneOf<T extends string>(context: CommandContext, name: string, allowed: readonly T[], fallback: T): T {
  const value = context.values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${String(value)}"`, { where: `--${name}` });
  }
  return value as T;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** `--url`: an http(s) URL, on this machine unless `allowRemote`. */
export function parseUrl(value: unknown, allowRemote: boolean): string {
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
      hint: 'pass --allow-remote to send to another host',
    });
  }
  return url.href;
}

/** The credential flags of verify-receiver and send. */
export function credentialFlags(context: CommandContext): GivenCredentials {
  const v = context.values;
  return {
    secret: v.secret as string[] | undefined,
    basicAuth: v['basic-auth'] as string | undefined,
    bearer: v.bearer as string | undefined,
    apiKey: v['api-key'] as string | undefined,
  };
}
