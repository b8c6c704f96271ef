import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { specCopy } from '../../helpers/spec-copy.js';
import { tempDir } from '../../helpers/temp-spec.js';

const run = (...argv: string[]) => runCli(['docs', ...argv]);

describe('webhook-contracts docs', () => {
  it('prints one line per step with its duration, and the output paths', async () => {
    const out = join(tempDir(), 'site');
    const spec = specCopy(); // a copy: the types step writes only for the project's own spec
    const { code, stdout, stderr } = await run('--spec', spec, '--out', out, '--strict');
    expect(code).toBe(0);
    const steps = stderr
      .split('\n')
      .filter(Boolean)
      .map((line) => line.match(/^docs: (\w+)\s+\d+(?:\.\d+)? m?s\b/)?.[1]);
    // In the documented order (docs/cli.md), whatever order the overlapping steps finished in.
    expect(steps).toEqual(['load', 'lint', 'bundle', 'types', 'events', 'history', 'html', 'swap']);
    expect(stderr).toMatch(/^docs: history .* the spec is not inside a git repository: no history to show$/m);
    expect(stderr).toMatch(/^docs: types .* skipped: generated for the project spec only \(use `webhook-contracts types` for another\)$/m);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      join(out, 'openapi.json'),
      join(out, 'index.html'),
      join(out, 'events'),
      join(out, 'CHANGELOG.md'),
    ]);
    expect(readFileSync(join(out, 'CHANGELOG.md'), 'utf8')).toContain(
      '> **Note:** the spec is not inside a git repository: no history to show.',
    );
  });

  it('stops on lint errors with --strict: exit 1, the findings, nothing written', async () => {
    const out = join(tempDir(), 'docs');
    const { code, stderr } = await run('--spec', 'test/fixtures/docs/lint-error/openapi.yaml', '--out', out, '--strict');
    expect(code).toBe(1);
    expect(stderr).toMatch(/openapi\.yaml:\d+:\d+ error rule\/property-description Every property needs a description/);
    expect(stderr).toContain(`docs: lint found 2 error(s) (--strict): nothing written, ${out} left as it was`);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

  it.each([
    [
      'an unreadable spec',
      {
        args: ['--spec', 'nope.yaml'],
        want: /^webhook-contracts docs: error: \S*nope\.yaml: cannot read spec file: no such file \(check the path\)\n$/,
      },
    ],
    [
      '--out naming a file',
      {
        args: ['--out', 'package.json'],
        want: /^webhook-contracts docs: error: .*package\.json: --out is a file, not a folder \(name the docs folder\)\n$/,
      },
    ],
  ])('exits 2 with one line on %s', async (_name, { args, want }) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(want);
  });

  it('--check: exit 1 and the stale files, exit 0 when up to date', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'events'));
    writeFileSync(join(out, 'events', 'old.md'), 'old\n');
    const stale = await run('--out', out, '--check');
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`${join(out, 'events/old.md')}: extra\n`);
    expect(stale.stdout).toContain(`${join(out, 'openapi.json')}: missing\n`);
    expect(stale.stdout).toContain(`${join(out, 'CHANGELOG.md')}: missing\n`);
    expect(stale.stderr).toBe('docs: 7 generated file(s) out of date; run `npm run docs`\n');
    const fresh = await run('--check');
    expect(fresh).toEqual({ code: 0, stdout: '', stderr: 'docs: up to date\n' });
  });
});
