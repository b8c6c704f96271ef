import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-spec.js';

const COMMITTED = 'contracts/packages/voucherify-webhooks';
const ACME = 'test/fixtures/package/acme-payments.yaml';

describe('webhook-contracts package', () => {
  it('--check: the committed Voucherify package is what the spec generates (run `npm run package` when not)', async () => {
    const result = await runCli(['package', '--out', COMMITTED, '--name', 'voucherify-webhooks', '--check']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'package: up to date\n' });
  });

  it('writes a package for another spec, then --check names each stale file and why', async () => {
    const out = join(tempDir(), 'acme');
    const written = await runCli(['package', '--spec', ACME, '--out', out]);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    expect(written).toEqual({ code: 0, stdout: '', stderr: `package: wrote ${files} files to ${out}\n` });
    expect(files).toBeGreaterThan(3); // package.json, README.md, dist/index.js and declarations
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'acme-payments-webhooks', version: '2.3.0', type: 'module' });
    expect(manifest.dependencies).toBeUndefined();
    const imports = [...readFileSync(join(out, 'dist/index.js'), 'utf8').matchAll(/\bfrom"([^"]+)"/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['node:buffer', 'node:crypto']); // Ajv's helpers and formats are bundled
    writeFileSync(join(out, 'README.md'), 'edited\n');
    writeFileSync(join(out, 'dist/extra.js'), '');
    expect(await runCli(['package', '--spec', ACME, '--out', out, '--check'])).toEqual({
      code: 1,
      stdout: `${out}/README.md: differs from line 1\n${out}/dist/extra.js: no longer generated\n`,
      stderr: 'package: 2 file(s) out of date; run the command without --check\n',
    });
    await runCli(['package', '--spec', ACME, '--out', out]);
    expect(existsSync(join(out, 'dist/extra.js'))).toBe(false);
  });

  it.each([
    [['package'], 'webhook-contracts package: error: --out DIR is required: the folder to write the package to (see --help)\n'],
    [
      ['package', '--spec', ACME, '--out', 'x', '--name', 'Not A Name'],
      'webhook-contracts package: error: --name: "Not A Name" is not a valid npm package name (pass --name with lower-case letters, digits, - . _ ~ and an optional @scope/)\n',
    ],
    [
      ['package', '--spec', ACME, '--out', 'x', '--version', 'v2'],
      'webhook-contracts package: error: --version: "v2" is not a semantic version (pass --version like 1.2.3)\n',
    ],
  ])('refuses bad input with one line, exit 2: %j', async (args, stderr) => {
    expect(await runCli(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});
