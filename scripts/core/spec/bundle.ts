import { type LoadOptions, loadSpec } from './load.js';

export type BundleFormat = 'json' | 'yaml';

/** Bundles a multi-file spec into one document's text. */
export async function bundleSpec(specPath: string, format: BundleFormat, options: LoadOptions = {}): Promise<string> {
  const { document } = await loadSpec(specPath, options);
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  // Imported here: JSON bundles (the default) need not load the yaml package.
  const { stringify } = await import('yaml');
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}

export function formatFromPath(path: string | undefined): BundleFormat | undefined {
  if (!path) return undefined;
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return undefined;
}
