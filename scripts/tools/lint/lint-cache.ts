import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { sha256 } from '../../core/code-digest.js';
import type { CompatOption } from '../../core/spec/compat.js';
import { collectRefs, type SourceMap } from '../../core/spec/resolve-refs.js';
import type { LintFinding } from './findings.js';
import { lintKey } from './lint-cache-key.js';

/**
 * A content-addressed cache of lint results. An entry records the key (config, code, versions: see
 * lint-cache-key.ts) and every file of the spec with its SHA-256; a lookup re-hashes exactly those files.
 * If each still hashes the same, so do the `$ref`s inside them, so the spec is the same set of files.
 */

export interface CachedLint {
  findings: LintFinding[];
  errors: number;
  warnings: number;
}

/** One lint's place in the cache, opened before anything is read. */
export interface CacheSlot {
  file: string;
  key: string;
  configPath: string;
  compat: readonly CompatOption[];
  startedAt: number;
}

/**
 * A file saved while the lint ran may have been read before or after the save, by Redocly or by us: its
 * result is not stored. Timestamps can lag the clock (coarse kernel clocks, 1–2 s on HFS+ and FAT), hence
 * the margin: a file touched less than this before the run began counts as touched during it.
 */
const CLOCK_MARGIN_MS = 2000;
export const CACHE_ENV = 'WEBHOOK_CONTRACTS_CACHE';

export function cacheEnabled(option: boolean | undefined): boolean {
  return option !== false && process.env[CACHE_ENV] !== 'off';
}

/** `node_modules/.cache/webhook-contracts/lint` under the working directory, else a per-user temp folder. */
export function defaultCacheDir(cwd = process.cwd()): string {
  if (existsSync(join(cwd, 'node_modules'))) return join(cwd, 'node_modules', '.cache', 'webhook-contracts', 'lint');
  return join(tmpdir(), `webhook-contracts-${process.getuid?.() ?? 'user'}`, 'lint');
}

/** The slot for linting `specPath` with `configPath`; undefined when such a lint is not cacheable. */
export function openSlot(specPath: string, configPath: string, compat: readonly CompatOption[], dir = defaultCacheDir()) {
  const startedAt = Date.now();
  const key = lintKey(configPath, compat);
  if (key === undefined) return undefined;
  const name = sha256(`${resolve(specPath)}\0${resolve(configPath)}`).slice(0, 32);
  return { file: join(dir, `${name}.json`), key, configPath, compat, startedAt } satisfies CacheSlot;
}

/** The stored result when the key and every recorded file are unchanged; anything unreadable is a miss. */
export function lookup(slot: CacheSlot, specPath: string): CachedLint | undefined {
  try {
    const entry = JSON.parse(readFileSync(slot.file, 'utf8'));
    if (entry?.key !== slot.key || !isCachedLint(entry.result)) return undefined;
    const files = Object.entries(entry.files ?? {});
    if (!files.some(([path]) => path === resolve(specPath))) return undefined;
    for (const [path, hash] of files) if (sha256(readFileSync(path)) !== hash) return undefined;
    return entry.result;
  } catch {
    return undefined;
  }
}

/** Stores a complete result; skipped (false) when it may not match the files as they are now. */
export function store(slot: CacheSlot, sources: SourceMap, result: CachedLint): boolean {
  if (lintKey(slot.configPath, slot.compat) !== slot.key) return false; // the config changed during the run
  if ([...sources.values()].some((source) => hasDataRefs(source.value))) return false;
  const files: Record<string, string> = {};
  try {
    for (const path of [...sources.keys()].sort()) {
      files[path] = sha256(readFileSync(path));
      if (statSync(path).mtimeMs >= slot.startedAt - CLOCK_MARGIN_MS) return false;
    }
    mkdirSync(dirname(slot.file), { recursive: true, mode: 0o700 });
    const { findings, errors, warnings } = result;
    writeFileAtomic(slot.file, JSON.stringify({ key: slot.key, files, result: { findings, errors, warnings } }));
    return true;
  } catch {
    return false; // a cache that cannot be written is no cache, not an error
  }
}

/**
 * Redocly follows a `$ref` inside example data (`example:`, `examples: [...]`), which our loader reads as data:
 * the files it reaches would be missing from the entry, so such a spec is not cached.
 */
function hasDataRefs(value: unknown): boolean {
  let refs = 0;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (typeof (node as { $ref?: unknown }).$ref === 'string') refs++;
    for (const child of Object.values(node)) stack.push(child);
  }
  return refs > collectRefs(value).length;
}

function isCachedLint(value: unknown): value is CachedLint {
  const r = value as CachedLint | undefined;
  return (
    typeof r?.errors === 'number' &&
    typeof r.warnings === 'number' &&
    Array.isArray(r.findings) &&
    r.findings.every(
      (f) =>
        typeof f?.id === 'string' &&
        typeof f.message === 'string' &&
        (f.level === 'error' || f.level === 'warn') &&
        typeof f.location?.file === 'string' &&
        typeof f.location.pointer === 'string' &&
        Number.isInteger(f.location.line) &&
        Number.isInteger(f.location.col),
    )
  );
}
