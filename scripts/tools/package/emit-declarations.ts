import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Emits the `.d.ts` of the staged runtime (see stage-sources.ts) with TypeScript's compiler, as a library:
 * one declaration file per module, at the module's place, `index.d.ts` first. Members marked `@internal` are
 * left out. Returns the files by path relative to the declaration folder. Throws when a declaration would
 * import a package: the consumer package depends on nothing.
 */
export async function emitDeclarations(entry: string): Promise<Map<string, string>> {
  const ts = (await import('typescript')).default;
  const root = dirname(dirname(entry));
  const src = dirname(entry);
  const files = new Map<string, string>();
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    stripInternal: true,
    skipLibCheck: true,
    types: existsSync(join(root, 'node_modules', '@types', 'node')) ? ['node'] : [],
    typeRoots: [join(root, 'node_modules', '@types')],
    rootDir: src,
    outDir: join(root, 'types'),
    newLine: ts.NewLineKind.LineFeed,
  });
  program.emit(undefined, (fileName, text) => {
    files.set(relative(join(root, 'types'), fileName).split(sep).join('/'), text);
  });
  for (const [path, text] of files) {
    const bare = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g)]
      .map((m) => m[1] ?? m[2] ?? '')
      .find((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'));
    if (bare) throw new Error(`package: the declarations in ${path} import "${bare}"; the consumer package must depend on nothing`);
  }
  return files;
}
