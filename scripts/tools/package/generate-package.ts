import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { relativeToCwd } from '../../core/relative-path.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import type { SignatureScheme } from '../../runtime/signature-scheme.js';
import { deliveryData } from '../codegen/delivery-data.js';
import { bundleRuntime } from './bundle-runtime.js';
import { emitDeclarations } from './emit-declarations.js';
import { isPackageName, isVersion, nameFromTitle, type PackageIdentity, packageManifest } from './package-manifest.js';
import { errorClassesOf, packageReadme } from './package-readme.js';
import { stageSources } from './stage-sources.js';

export interface PackageOptions {
  /** npm package name (default: from the spec's title, e.g. `acme-payments-webhooks`). */
  name?: string | undefined;
  /** Package version (default: the spec's `info.version`). */
  version?: string | undefined;
}

/** One file of the generated package, by its path inside the package folder ('/'-separated). */
export interface PackageFile {
  path: string;
  content: string;
}

/**
 * The consumer package of a spec, in memory: `package.json`, `README.md`, `dist/index.js` (one ES
 * module) and `dist/types/**.d.ts`. Compiled from this spec's generated types and validators and
 * from the toolkit's runtime modules (scripts/runtime/), in a staging folder that is removed afterwards.
 * The same spec, options and toolkit give the same bytes.
 */
export async function generatePackage(spec: LoadedSpec, options: PackageOptions = {}): Promise<PackageFile[]> {
  const identity = identityOf(spec, options);
  const stage = mkdtempSync(join(tmpdir(), 'wc-package-'));
  try {
    const entry = await stageSources(spec, stage);
    const [js, declarations] = await Promise.all([bundleRuntime(entry), emitDeclarations(entry)]);
    const errors = errorClassesOf(readFileSync(join(stage, 'src', 'runtime', 'errors.ts'), 'utf8'));
    const files: PackageFile[] = [
      { path: 'package.json', content: packageManifest(identity) },
      { path: 'README.md', content: packageReadme(spec, identity, errors, signingOf(spec)) },
      { path: 'dist/index.js', content: js },
      ...[...declarations].map(([path, content]) => ({ path: `dist/types/${path}`, content })),
    ];
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function identityOf(spec: LoadedSpec, options: PackageOptions): PackageIdentity {
  const info = spec.document.info;
  const name = options.name ?? nameFromTitle(info.title);
  const version = options.version ?? info.version;
  if (!isPackageName(name)) {
    throw new InputError(`"${name}" is not a valid npm package name`, {
      where: options.name === undefined ? `${relativeToCwd(spec.path)}#/info/title` : '--name',
      hint: 'pass --name with lower-case letters, digits, - . _ ~ and an optional @scope/',
    });
  }
  if (!isVersion(version)) {
    throw new InputError(`"${version}" is not a semantic version`, {
      where: options.version === undefined ? `${relativeToCwd(spec.path)}#/info/version` : '--version',
      hint: 'pass --version like 1.2.3',
    });
  }
  const title = info.title.trim().replace(/\s+/g, ' ');
  return { name, version, description: `${title}: types, validators and signature checks for the services that receive them.` };
}

/** Each event's signature scheme, as the package carries it. */
function signingOf(spec: LoadedSpec): Map<string, SignatureScheme | null> {
  const types = new Set(spec.events.filter((e) => e.body).map((e) => e.type));
  return new Map([...deliveryData(spec, types).events].map(([type, d]) => [type, d.signature]));
}
