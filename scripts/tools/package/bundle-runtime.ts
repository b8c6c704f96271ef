import { dirname } from 'node:path';

/**
 * Bundles the staged runtime (see stage-sources.ts) with esbuild into one ES module: the validators, Ajv's
 * runtime helpers and the formats they use are inlined, so the package has no dependency; only `node:`
 * modules are imported. Minified: the compiled validators are most of it (~550 KB as written, ~330 KB
 * minified). No CommonJS copy: Node >= 20.19 `require()`s an ES module, so one file serves both.
 * Paths in the output are relative to the staging folder, so the same inputs give the same bytes anywhere.
 */
export async function bundleRuntime(entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  const root = dirname(dirname(entry));
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    keepNames: true, // class and function names survive: `SignatureError.name`, stack traces
    platform: 'node',
    target: 'node20',
    preserveSymlinks: true, // node_modules/ajv/... rather than this machine's install path
    legalComments: 'inline',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('package: esbuild wrote no output');
  return file.text;
}
