import { fromPackage } from '../../core/package-root.js';

/**
 * The generated validators as one self-contained ES module: what their code `require()`s (our formats,
 * ajv-formats' formats, Ajv's runtime helpers) is bundled in with esbuild, so the file can be moved or
 * shipped anywhere and imports nothing. Not minified (it is read in reviews). The bytes must not depend on
 * where the toolkit is installed: esbuild's per-module path comments are dropped, and the module keys of
 * its CommonJS wrappers (`"node_modules/ajv-formats/dist/formats.js"(exports)`, `"../ajv-formats/…"` when
 * the toolkit is itself installed under node_modules) are written as the package path alone.
 */
export async function selfContained(js: string): Promise<string> {
  const esbuild = await import('esbuild');
  const root = fromPackage('.');
  const result = await esbuild.build({
    stdin: { contents: js, resolveDir: root, sourcefile: 'validators.js', loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    preserveSymlinks: true,
    legalComments: 'inline',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('types: esbuild wrote no validators');
  return file.text
    .replace(/^ *\/\/ (?:\.\.\/|node_modules\/|scripts\/|validators\.js).*\n/gm, '')
    .replace(/^( *)"(?:\.\.\/)*(?:node_modules\/)?([^"\n]+\.c?js)"\(/gm, '$1"$2"(');
}
