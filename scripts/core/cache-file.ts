import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

/**
 * The files the toolkit keeps between runs (ARCHITECTURE.md lists them). A kept file is never an error: one
 * that is missing, unreadable or not JSON reads as nothing, and one that cannot be written costs the next
 * run its time, nothing else.
 */

/** The toolkit's folder in a `node_modules`: `node_modules/.cache/webhook-contracts`. */
export const cacheDirIn = (nodeModules: string) => join(nodeModules, '.cache', 'webhook-contracts');

/** A kept file's JSON, or undefined. */
export function readCacheFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes a kept file through a temporary file and a rename, its folder made first; a failure is ignored. */
export function writeCacheFile(file: string, value: unknown): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, JSON.stringify(value));
  } catch {
    // not kept: the next run does the work again
  }
}
