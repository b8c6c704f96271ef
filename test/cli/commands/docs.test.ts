import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
    // In the documented order (docs/reference/cli.md), whatever order the overlapping steps finished in.
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
    expect(stale.stdout).toContain(`${join(out, 'events/old.md')}: no longer generated\n`);
    expect(stale.stdout).toContain(`${join(out, 'openapi.json')}: missing\n`);
    expect(stale.stdout).toContain(`${join(out, 'CHANGELOG.md')}: missing\n`);
    expect(stale.stderr).toBe('docs: 7 file(s) out of date; run `npm run docs`\n');
    const fresh = await run('--check');
    expect(fresh).toEqual({ code: 0, stdout: '', stderr: 'docs: up to date\n' });
  });
});

/** The CLI in a child process, so that it can be signalled or run as another user. */
/** Whether a process running as `uid` may read `file` (every folder above it must let it in). */
function reachableBy(uid: number, file: string): boolean {
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(resolve(file))}, 4)`], { uid, gid: uid });
  return probe.status === 0;
}

function spawnDocs(args: string[], options: { uid?: number } = {}) {
  const asNobody = options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {};
  return spawn(process.execPath, ['bin/webhook-contracts.mjs', 'docs', ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...asNobody });
}

async function finished(child: ReturnType<typeof spawn>) {
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  return { code, signal, stderr };
}

describe('webhook-contracts docs: cleanup', () => {
  it('into a folder it may not write to: exit 2, one line, no stack', async (context) => {
    const parent = tempDir();
    chmodSync(parent, 0o555);
    chmodSync(join(parent, '..'), 0o755);
    // Root may write anywhere: run as nobody then (spawn's uid), else as ourselves.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    // As nobody, the CLI must be reachable: a clone under a folder only root may enter (/root, a 0700 temp
    // folder) cannot be run that way, and the case cannot be made as root at all (root writes anywhere).
    if (uid !== undefined && !reachableBy(uid, 'bin/webhook-contracts.mjs')) {
      context.skip(`run as root from ${process.cwd()}, which uid ${uid} may not enter: clone into a folder others may enter to run it`);
    }
    const result = await finished(spawnDocs(['--out', join(parent, 'docs')], { uid }));
    expect(result.stderr.split('\n').filter((l) => !l.startsWith('docs: '))).toEqual([
      `webhook-contracts docs: error: ${join(parent, 'docs')}: cannot write the docs folder: permission denied (EACCES) (write into a folder you may write to)`,
      '',
    ]);
    expect(result.code).toBe(2);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s while it renders leaves no staging folder behind', async (signal) => {
    const parent = tempDir();
    const child = spawnDocs(['--spec', specCopy(), '--out', join(parent, 'docs')]);
    const result = finished(child);
    // The staging folder is made before any step writes into it; the lint and the render take seconds more.
    // (Progress lines print in step order, after the lint, so the folder itself is what is waited for.)
    for (let i = 0; i < 400 && !readdirSync(parent).some((n) => n.startsWith('.docs.docs-tmp-')); i++) {
      await new Promise((tick) => setTimeout(tick, 25));
    }
    expect(readdirSync(parent)).toEqual([expect.stringMatching(/^\.docs\.docs-tmp-/)]);
    child.kill(signal);
    expect((await result).signal).toBe(signal);
    expect(readdirSync(parent)).toEqual([]);
  });
});
