import { relative, resolve } from 'node:path';
import ts from 'typescript';

export interface Diagnostic {
  /** Path relative to the working directory. */
  file: string;
  code: number;
  line: number;
  message: string;
}

/** Type-checks TypeScript sources held in memory (path → text) beside the real files, with the project's options, in one program. */
export function typecheck(files: Record<string, string>): Diagnostic[] {
  const configPath = resolve('tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, resolve('.'));
  const virtual = new Map(Object.entries(files).map(([path, text]) => [resolve(path), text]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (path) => virtual.has(resolve(path)) || fileExists(path);
  host.readFile = (path) => virtual.get(resolve(path)) ?? readFile(path);
  host.getSourceFile = (path, language, ...rest) => {
    const text = virtual.get(resolve(path));
    return text === undefined ? getSourceFile(path, language, ...rest) : ts.createSourceFile(path, text, language);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: { ...options, noEmit: true }, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file ? relative(resolve('.'), d.file.fileName) : '',
    code: d.code,
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}
