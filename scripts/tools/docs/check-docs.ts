import { type OutputSet, type StaleOutput, staleOutputs } from '../../core/output-set.js';
import { type LoadedSpec, type LoadOptions, loadSpec } from '../../core/spec/load.js';
import { BUNDLE_FILE, bundledJson } from './build-docs.js';
import type { LivingDocs } from './event-page.js';
import { CHANGELOG_FILE } from './event-page.js';
import { EVENTS_DIR, renderEventPages } from './event-pages.js';
import { changelogFile } from './living-docs.js';

/**
 * The committed parts of the docs (`openapi.json`, `events/`, and `CHANGELOG.md` when the history is on) as an
 * output set in `outDir`: `events/` is owned (a page of an event the spec no longer has is stale). The HTML
 * reference is built on demand and not committed, so it is not in the set. The history depends on the commits
 * only (never on the clock or the paths), so a fresh clone checks the same bytes.
 */
export async function docsOutput(
  specPath: string,
  outDir: string,
  options: LoadOptions & { living?: (spec: LoadedSpec) => Promise<LivingDocs> } = {},
): Promise<OutputSet> {
  const spec = await loadSpec(specPath, options);
  const living = options.living ? await options.living(spec) : {};
  const want = new Map([[BUNDLE_FILE, bundledJson(spec)], ...renderEventPages(spec, living)]);
  if (living.changelog) want.set(CHANGELOG_FILE, changelogFile(living));
  const files = [...want].map(([path, content]) => ({ path, content }));
  return { root: outDir, files, owns: [{ dir: EVENTS_DIR, match: /\.md$/ }] };
}

/** The committed docs files that do not match the spec, by path inside `outDir`. */
export async function checkDocs(specPath: string, outDir: string, options: Parameters<typeof docsOutput>[2] = {}): Promise<StaleOutput[]> {
  return staleOutputs(await docsOutput(specPath, outDir, options)).sort((a, b) => a.path.localeCompare(b.path));
}
