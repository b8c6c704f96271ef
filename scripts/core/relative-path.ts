import { isAbsolute, relative } from 'node:path';

/** `path` relative to the working directory when it is inside it (as messages name files), else as given. */
export function relativeToCwd(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
