import { join } from 'node:path';
import { describeStale, type OutputSet, staleOutputs } from '../core/output-set.js';
import type { CommandContext } from './command.js';
import { EXIT } from './command.js';

/**
 * `--check` of a command that generates files: one line per stale file on stdout (`path: reason`), a
 * summary on stderr with `fix` (what to run), exit 1 when anything is stale. Writes nothing.
 */
export function reportStale(context: CommandContext, name: string, set: OutputSet, fix: string): number {
  const stale = staleOutputs(set);
  for (const { path, reason } of stale) context.stdout(`${join(set.root, path)}: ${describeStale(reason)}\n`);
  context.stderr(stale.length ? `${name}: ${stale.length} file(s) out of date; ${fix}\n` : `${name}: up to date\n`);
  return stale.length ? EXIT.problems : EXIT.ok;
}
