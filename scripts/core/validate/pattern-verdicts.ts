import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { cacheDirIn, readCacheFile, writeCacheFile } from '../cache-file.js';

/** recheck's verdict on one pattern, as the toolkit keeps it. */
export interface PatternVerdict {
  status: string;
  complexity?: string;
}

/** What decides a verdict besides the pattern: the checker's version, the flags and the time it may take. */
export interface VerdictInputs {
  checker: string;
  flags: string;
  timeout: number;
}

/** How many verdicts the file keeps (the newest); a spec has a few dozen distinct patterns at most. */
export const MAX_STORED_VERDICTS = 5000;

/**
 * recheck's verdicts kept between runs, so that a run whose patterns were all judged before does not load
 * recheck at all (its start costs ~0.3 s, more than the rest of the lint's own checks on our spec). Only
 * definite verdicts are kept: `unknown` means recheck ran out of time, which depends on the machine.
 * A file that cannot be read, is malformed or was made with other inputs is ignored (and replaced; see
 * cache-file.ts).
 */
export class VerdictStore {
  private readonly known = new Map<string, PatternVerdict>();
  private added = 0;

  constructor(
    private readonly file: string | undefined,
    private readonly inputs: VerdictInputs,
  ) {
    if (file) this.read(file);
  }

  get(pattern: string): PatternVerdict | undefined {
    return this.known.get(pattern);
  }

  set(pattern: string, verdict: PatternVerdict): void {
    this.known.set(pattern, verdict);
    if (verdict.status !== 'unknown' && this.file) this.added++;
  }

  /** Writes the definite verdicts when this run added any. */
  save(): void {
    if (!this.file || this.added === 0) return;
    const kept = [...this.known].filter(([, v]) => v.status !== 'unknown').slice(-MAX_STORED_VERDICTS);
    writeCacheFile(this.file, { inputs: this.inputs, verdicts: Object.fromEntries(kept) });
    this.added = 0;
  }

  private read(file: string): void {
    const stored = readCacheFile(file) as { inputs?: unknown; verdicts?: unknown } | undefined;
    if (JSON.stringify(stored?.inputs) !== JSON.stringify(this.inputs)) return;
    if (stored?.verdicts === null || typeof stored?.verdicts !== 'object') return;
    for (const [pattern, verdict] of Object.entries(stored.verdicts as Record<string, unknown>)) {
      if (isVerdict(verdict)) this.known.set(pattern, verdict);
    }
  }
}

function isVerdict(value: unknown): value is PatternVerdict {
  if (value === null || typeof value !== 'object') return false;
  const { status, complexity } = value as Record<string, unknown>;
  return typeof status === 'string' && status !== 'unknown' && (complexity === undefined || typeof complexity === 'string');
}

/**
 * The toolkit's cache folder for what depends on its installation, not on a project: `node_modules/.cache/
 * webhook-contracts/` of the installation `requireFrom` resolves recheck in. None when that is not inside a
 * node_modules folder.
 */
export function defaultCacheRoot(requireFrom: string): string | undefined {
  const entry = createRequire(requireFrom).resolve('recheck');
  const marker = `${sep}node_modules${sep}`;
  const at = entry.lastIndexOf(marker);
  if (at === -1) return undefined;
  return cacheDirIn(entry.slice(0, at + marker.length));
}

/** Where recheck's verdicts are kept (they depend on recheck's version, not on the user's project). */
export function defaultVerdictFile(requireFrom: string): string | undefined {
  const root = defaultCacheRoot(requireFrom);
  return root && join(root, 'pattern-verdicts.json');
}
