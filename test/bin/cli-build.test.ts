import { execFile } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the bin, without declarations
import { builtCli, sourceKey } from '../../bin/cli-build.mjs';
import { writeFiles } from '../helpers/temp-spec.js';

const BIN = resolve('bin/webhook-contracts.mjs');

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("the CLI's compiled build", () => {
  it('is built into node_modules/.cache and exports the CLI', async () => {
    const entry: string = await builtCli();
    expect(entry).toMatch(/node_modules\/\.cache\/webhook-contracts\/cli\/[0-9a-f]{12}\/[0-9a-f]{16}\/cli\.js$/);
    expect(typeof (await import(entry)).main).toBe('function');
  });

  it('behaves as the sources run through tsx: same output, same exit code, same files found beside the code', async () => {
    // bundle prints the spec; lint reads redocly.yaml and spawns Redocly; docs --check reads the template folder.
    for (const args of [['bundle'], ['lint'], ['docs', '--check'], ['validate', '--event', 'nope', '-']]) {
      const [built, tsx] = await Promise.all([run(args), run(args, { WEBHOOK_CONTRACTS_TSX: '1' })]);
      expect({ args, ...built }).toEqual({ args, ...tsx });
    }
  });

  it('falls back to tsx when asked to', async () => {
    process.env.WEBHOOK_CONTRACTS_TSX = '1';
    try {
      expect(await builtCli()).toBeUndefined();
    } finally {
      delete process.env.WEBHOOK_CONTRACTS_TSX;
    }
  });

  it('gets a new key when a source file changes, is added, or the bundler changes', () => {
    const root = writeFiles({ 'scripts/cli.ts': 'export {};\n', 'tsconfig.json': '{}' });
    const before = sourceKey('0.28.2', root);
    expect(sourceKey('0.28.2', root)).toBe(before);
    writeFileSync(join(root, 'scripts/cli.ts'), 'export const a = 1;\n');
    const edited = sourceKey('0.28.2', root);
    expect(edited).not.toBe(before);
    utimesSync(join(root, 'scripts/cli.ts'), new Date(), new Date(Date.now() + 5000));
    expect(sourceKey('0.28.2', root)).not.toBe(edited);
    writeFiles({ 'scripts/lib/new.ts': 'export {};\n' }, root);
    expect(sourceKey('0.28.2', root)).not.toBe(edited);
    expect(sourceKey('0.29.0', root)).not.toBe(sourceKey('0.28.2', root));
  });
});
