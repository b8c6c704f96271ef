import { UsageError } from '../core/errors.js';
import { type CompatOption, isCompatOption } from '../core/schema/compat.js';
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

export function oneOf<T extends string>(context: CommandContext, name: string, allowed: readonly T[], fallback: T): T {
  const value = context.values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${String(value)}"`, { where: `--${name}` });
  }
  return value as T;
}
