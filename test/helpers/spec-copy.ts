import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies openapi/ into a temporary folder, applies text edits file by file, returns the copy's root file. */
export function specCopy(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'wc-spec-'));
  cpSync('openapi', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return join(dir, 'openapi.yaml');
}

/** Deletes a property (its line and the more-indented lines under it) from a YAML schema's `properties`. */
export function dropProperty(name: string): (text: string) => string {
  return (text) => text.replace(new RegExp(`^  ${name}:\\n(?:    .*\\n)*`, 'm'), '');
}

/** Deletes every `key: value` line with exactly this indentation. */
export function dropLines(indent: number, key: string): (text: string) => string {
  return (text) => text.replace(new RegExp(`^ {${indent}}${key}:.*\\n`, 'gm'), '');
}

/** Makes a top-level string property of a YAML schema nullable (`type: [string, 'null']`). */
export function makeNullable(name: string): (text: string) => string {
  return (text) => text.replace(`  ${name}:\n    type: string`, `  ${name}:\n    type: [string, 'null']`);
}
