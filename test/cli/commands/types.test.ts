import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wc-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('webhook-contracts types', () => {
  it('--check: the committed generated files match the spec', async () => {
    const result = await runCli(['types', '--check']);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'types: up to date\n',
    });
  });

  it('writes the three files to --out, and --check then passes', async () => {
    const out = join(dir, 'fresh', 'webhooks.ts');
    expect(await runCli(['types', '--out', out])).toMatchObject({
      code: 0,
      stderr: expect.stringMatching(/^wrote .*webhooks\.ts, .*validators\.js, .*validators\.d\.ts\n$/),
    });
    // The fingerprint covers the command line (and so --out): compare everything else.
    const unstamped = (text: string) => text.replace(/^\/\/ Fingerprint: [0-9a-f]{64}\n/m, '');
    expect(unstamped(readFileSync(out, 'utf8'))).toBe(
      unstamped(readFileSync('scripts/generated/webhooks.ts', 'utf8')).replace(
        'npx webhook-contracts types',
        `npx webhook-contracts types --out ${out}`,
      ),
    );
    expect((await runCli(['types', '--out', out, '--check'])).code).toBe(0);
  });

  const stale: Array<[string, { change: (out: string) => void; file: string; reason: string }]> = [
    [
      'an edited types file',
      {
        change: (out) => writeFileSync(out, `${readFileSync(out, 'utf8')}// edited\n`),
        file: 'webhooks.ts',
        reason: `differs from line ${readFileSync('scripts/generated/webhooks.ts', 'utf8').split('\n').length}`,
      },
    ],
    [
      'a new fingerprint only',
      {
        change: (out) =>
          writeFileSync(out, readFileSync(out, 'utf8').replace(/Fingerprint: [0-9a-f]{64}/, `Fingerprint: ${'0'.repeat(64)}`)),
        file: 'webhooks.ts',
        reason: 'differs only in its fingerprint line (made by another version of the toolkit or of its libraries)',
      },
    ],
    [
      'a missing validators file',
      { change: (out) => rmSync(join(out, '..', 'webhooks.validators.js')), file: 'webhooks.validators.js', reason: 'missing' },
    ],
  ];
  it.each(stale)(
    '--check exits 1 on %s, naming the file, what differs and the command to run, and writes nothing',
    async (name, { change, file, reason }) => {
      const out = join(dir, name.replaceAll(' ', '-'), 'webhooks.ts');
      await runCli(['types', '--out', out]);
      change(out);
      const before = existsSync(join(out, '..', file)) ? readFileSync(join(out, '..', file), 'utf8') : undefined;
      const result = await runCli(['types', '--out', out, '--check']);
      expect(result).toEqual({
        code: 1,
        stdout: `${join(out, '..', file)}: ${reason}\n`,
        stderr: `types: 1 file(s) out of date; run \`npx webhook-contracts types --out ${out}\`\n`,
      });
      expect(existsSync(join(out, '..', file)) ? readFileSync(join(out, '..', file), 'utf8') : undefined).toBe(before);
    },
  );

  it('refuses an --out that is not a .ts file (exit 2, one line)', async () => {
    expect(await runCli(['types', '--out', join(dir, 'webhooks.d.ts')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `webhook-contracts types: error: --out must name a .ts file (not .d.ts), not "${join(dir, 'webhooks.d.ts')}" (see --help)\n`,
    });
  });
});
