/** What names and versions a generated consumer package. */
export interface PackageIdentity {
  name: string;
  version: string;
  description: string;
}

/** npm's rule for a package name: lower case, URL-safe, optionally scoped, at most 214 characters. */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export const isPackageName = (name: string) => name.length <= 214 && PACKAGE_NAME.test(name);
export const isVersion = (version: string) => SEMVER.test(version);

/** A package name from a spec title: "Voucherify reward-redemption webhooks" → "voucherify-reward-redemption-webhooks". */
export function nameFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const name = slug.endsWith('webhooks') ? slug : `${slug}-webhooks`.replace(/^-/, '');
  return name.slice(0, 214);
}

/**
 * The package.json of a consumer package: one ES module for `import`, and for `require` too (Node >= 20.19
 * loads an ES module with `require()`), one set of declarations, no dependencies, no scripts (nothing
 * runs at install).
 */
export function packageManifest(identity: PackageIdentity): string {
  const manifest = {
    name: identity.name,
    version: identity.version,
    description: identity.description,
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19.0' },
    main: './dist/index.js',
    types: './dist/types/index.d.ts',
    exports: {
      '.': {
        types: './dist/types/index.d.ts',
        import: './dist/index.js',
        default: './dist/index.js',
      },
      './package.json': './package.json',
    },
    files: ['dist', 'README.md'],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
