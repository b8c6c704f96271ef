import { UsageError } from '../core/errors.js';
import { type CompatOption, isCompatOption } from '../core/spec/compat.js';
import { DEFAULT_SPEC } from '../core/spec/default-spec.js';
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
