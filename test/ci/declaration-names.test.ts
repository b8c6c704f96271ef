import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The two modules that may spell the `x-webhook-*` declaration names: the constants and the one reader. */
const OWNERS = ['scripts/runtime/internal/webhook-extensions.ts', 'scripts/core/spec/declaration-reader.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(path);
    return /\.(ts|mts|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** `file:line` of every line of code (not a comment) that spells an `x-webhook-*` name. */
function spelledOutside(files: readonly string[], read: (file: string) => string): string[] {
  return files
    .filter((file) => !OWNERS.includes(file))
    .flatMap((file) =>
      read(file)
        .split('\n')
        .flatMap((line, i) => (/x-webhook-[a-z]/.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
}

describe('one owner of the x-webhook-* names', () => {
  it('no module but the constants and the reader spells one in code', () => {
    expect(spelledOutside(sources('scripts'), (f) => readFileSync(f, 'utf8'))).toEqual([]);
  });

  it('finds a name spelt in code, and not one in a comment', () => {
    const files = { 'scripts/a.ts': "const k = 'x-webhook-signature';\n", 'scripts/b.ts': '// reads x-webhook-signature\n' };
    expect(spelledOutside(Object.keys(files), (f) => files[f as keyof typeof files])).toEqual(['scripts/a.ts:1']);
  });
});
