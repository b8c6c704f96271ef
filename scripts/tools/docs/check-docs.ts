import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LoadedSpec, type LoadOptions, loadSpec } from '../../core/spec/load.js';
import { BUNDLE_FILE, bundledJson } from './build-docs.js';
import type { LivingDocs } from './event-page.js';
import { CHANGELOG_FILE } from './event-page.js';
import { EVENTS_DIR, renderEventPages } from './event-pages.js';
import { changelogFile } from './living-docs.js';

/** A committed generated file that does not match the spec. */
export interface StaleFile {
  /** Path inside the docs folder. */
  path: string;
  reason: 'missing' | 'differs' | 'extra';
}

/**
 * Regenerates the committed parts of the docs (`openapi.json`, `events/`, and `CHANGELOG.md` when the history is
 * on) in memory and compares them with `outDir`. The HTML reference is built on demand and not committed, so it
 * is not checked. The history depends on the commits only (never on the clock or the paths), so a fresh clone
 * checks the same bytes.
 */
export async function checkDocs(
  specPath: string,
  outDir: string,
  options: LoadOptions & { living?: (spec: LoadedSpec) => Promise<LivingDocs> } = {},
): Promise<StaleFile[]> {
  const spec = await loadSpec(specPath, options);
  const living = options.living ? await options.living(spec) : {};
  const want = new Map([[BUNDLE_FILE, bundledJson(spec)], ...renderEventPages(spec, living)]);
  if (living.changelog) want.set(CHANGELOG_FILE, changelogFile(living));
  const out = resolve(outDir);
  const stale: StaleFile[] = [];
  for (const [path, content] of want) {
    const file = join(out, path);
    if (!existsSync(file)) stale.push({ path, reason: 'missing' });
    else if (readFileSync(file, 'utf8') !== content) stale.push({ path, reason: 'differs' });
  }
  const eventsDir = join(out, EVENTS_DIR);
  const present = existsSync(eventsDir) ? readdirSync(eventsDir).filter((f) => f.endsWith('.md')) : [];
  for (const name of present) if (!want.has(`${EVENTS_DIR}/${name}`)) stale.push({ path: `${EVENTS_DIR}/${name}`, reason: 'extra' });
  return stale.sort((a, b) => a.path.localeCompare(b.path));
}
