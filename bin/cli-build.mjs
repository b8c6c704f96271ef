// The CLI's compiled build: the TypeScript sources under scripts/ bundled by esbuild (one file per command,
// dependencies left as imports) into node_modules/.cache/webhook-contracts/cli/<checkout>/<key>/, where <key> hashes
// every source file's path, size and modification time and esbuild's version. Running the build instead of
// the sources through tsx saves ~0.4 s of start-up on every command (tsx resolves and loads each of
// ~150 modules through its hooks). Built on first use, ~0.1 s; any failure means "use tsx".
// Plain JavaScript: this runs before any TypeScript loader exists.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'scripts', 'cli', 'main.ts');
// One folder per checkout: worktrees that share a node_modules must not prune each other's builds.
const CACHE = join(
  ROOT,
  'node_modules',
  '.cache',
  'webhook-contracts',
  'cli',
  createHash('sha256').update(ROOT).digest('hex').slice(0, 12),
);
// formats.cjs and other CommonJS modules call require(): the bundle is ESM, so give them one.
const BANNER = "import { createRequire as __wcRequire } from 'node:module'; const require = __wcRequire(import.meta.url);";

/** The built CLI module's path, building it when the sources changed; undefined when it cannot be built. */
export async function builtCli() {
  if (process.env.WEBHOOK_CONTRACTS_TSX === '1' || !existsSync(join(ROOT, 'node_modules'))) return undefined;
  try {
    // esbuild's version from its package.json: importing esbuild itself is only needed to build.
    const require = createRequire(import.meta.url);
    const dir = join(CACHE, sourceKey(require('esbuild/package.json').version));
    const entry = join(dir, 'cli.js');
    if (existsSync(entry)) return entry;
    await build(await import('esbuild'), dir);
    return entry;
  } catch {
    return undefined; // no esbuild, a read-only folder, a source that does not compile: tsx will say why
  }
}

/** A digest of every source file's path, size and mtime (what `make` trusts), and of the bundler's version. */
export function sourceKey(esbuildVersion, root = ROOT) {
  const hash = createHash('sha256').update(`esbuild@${esbuildVersion}\0`);
  for (const file of listFiles(join(root, 'scripts'))) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(root, file)}\0${size}\0${mtimeMs}\0`);
  }
  const tsconfig = statSync(join(root, 'tsconfig.json'));
  return hash.update(`tsconfig\0${tsconfig.size}\0${tsconfig.mtimeMs}`).digest('hex').slice(0, 16);
}

/** Builds into a private folder, then renames it into place: a concurrent run either sees it whole or not at all. */
async function build(esbuild, dir) {
  mkdirSync(CACHE, { recursive: true });
  const staging = join(CACHE, `.tmp-${process.pid}-${Date.now()}`);
  try {
    await esbuild.build({
      entryPoints: { cli: ENTRY },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      banner: { js: BANNER },
      logLevel: 'silent',
    });
    renameSync(staging, dir);
  } catch (error) {
    if (!existsSync(join(dir, 'cli.js'))) throw error; // else another run built the same key first
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  prune(dir);
}

/** Older builds are of sources that no longer exist: remove them (best effort). */
function prune(keep) {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (path !== keep && !name.startsWith('.tmp-')) rmSync(path, { recursive: true, force: true });
  }
}

function listFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files.sort();
}
