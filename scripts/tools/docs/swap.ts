import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves the generated `parts` (top-level names: `index.html`, `events`, ...) from `staging` into `out`,
 * replacing the previous ones and leaving every other file of `out` alone. Each rename is atomic (both
 * folders are on one file system); when one fails, the parts already moved are put back.
 */
export function swapInto(staging: string, out: string, parts: readonly string[]): void {
  mkdirSync(out, { recursive: true });
  const previous = join(staging, '.previous');
  mkdirSync(previous, { recursive: true });
  const replaced: string[] = [];
  const placed: string[] = [];
  try {
    for (const part of parts) {
      if (existsSync(join(out, part))) {
        renameSync(join(out, part), join(previous, part));
        replaced.push(part);
      }
      renameSync(join(staging, part), join(out, part));
      placed.push(part);
    }
  } catch (error) {
    for (const part of placed.reverse()) renameSync(join(out, part), join(staging, part));
    for (const part of replaced.reverse()) renameSync(join(previous, part), join(out, part));
    throw error;
  }
}
