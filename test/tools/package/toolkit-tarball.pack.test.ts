import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { generatePackage } from '../../../scripts/tools/package/generate-package.js';
import { exec, installedManifest, npmPack, scratchProject } from '../../helpers/scratch-project.js';
import { tempDir } from '../../helpers/temp-spec.js';

/**
 * The toolkit's own `npm pack` tarball, installed into a project outside the repository, runs its
 * commands from compiled JavaScript (no tsx, no TypeScript sources of the CLI), with no native compile.
 */
describe("the toolkit's tarball in a fresh project", () => {
  let project: string;
  let files: string[];
  const bin = () => join(project, 'node_modules', '.bin', 'webhook-contracts');

  beforeAll(async () => {
    const tarball = await npmPack(resolve('.'), tempDir('wc-tgz-'));
    const listed = await exec('tar', ['-tzf', tarball], process.cwd());
    files = listed.stdout.split('\n').filter(Boolean);
    project = (await scratchProject(tarball)).dir;
    cpSync('test/fixtures/package/acme-payments.yaml', join(project, 'base.yaml'));
    const head = readFileSync('test/fixtures/package/acme-payments.yaml', 'utf8').replace(
      'required: [type, id, amount, settled_at]',
      'required: [type, id, amount]',
    );
    writeFileSync(join(project, 'head.yaml'), head);
  }, 300_000);

  afterAll(() => rmSync(project, { recursive: true, force: true })); // ~130 MB of installed dependencies

  it('ships the compiled CLI and the files it reads, and no tests, consumers, or CLI sources', () => {
    expect(files).toEqual(
      expect.arrayContaining(['package/dist/cli/main.js', 'package/bin/webhook-contracts.mjs', 'package/redocly.yaml']),
    );
    expect(files).toEqual(
      expect.arrayContaining(['package/scripts/tools/docs/redoc-template.hbs', 'package/scripts/runtime/parse-webhook.ts']),
    );
    expect(files.filter((f) => /^package\/(test|contracts|bench|openapi)\/|^package\/scripts\/cli\//.test(f))).toEqual([]);
  });

  it('installs without tsx, better-sqlite3 or anything built from source', () => {
    const manifest = installedManifest(project, 'webhook-contracts');
    expect(Object.keys(manifest.dependencies as object)).not.toContain('tsx');
    expect(existsSync(join(project, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(join(project, 'node_modules', 'better-sqlite3'))).toBe(false);
  });

  it('npx webhook-contracts --help', async () => {
    const result = await exec('npx', ['--no-install', 'webhook-contracts', '--help'], project);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: webhook-contracts <command> \[options\]/);
    expect(result.stdout).toMatch(/\n {2}package {10}Generate the npm package/);
  });

  it('lint: a clean spec passes, and a broken one is reported with its place', async () => {
    const clean = await exec(bin(), ['lint', '--spec', 'base.yaml'], project);
    expect({ code: clean.code, stderr: clean.stderr }).toEqual({ code: 0, stderr: '0 error(s), 0 warning(s)\n' });
    writeFileSync(join(project, 'broken.yaml'), readFileSync(join(project, 'base.yaml'), 'utf8').replace('  version: 2.3.0\n', ''));
    const broken = await exec(bin(), ['lint', '--spec', 'broken.yaml'], project);
    expect(broken.code).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/broken\.yaml:\d+:\d+ .*version/);
  });

  it('diff: a field that is no longer required is breaking (exit 1)', async () => {
    const result = await exec(bin(), ['diff', 'base.yaml', 'head.yaml'], project);
    expect(result).toEqual({
      code: 1,
      stdout:
        'BREAKING property-became-optional payment.settled /settled_at: property "settled_at" is no longer required\n1 breaking, 0 warning(s), 0 info\n',
      stderr: '',
    });
  });

  it('docs: renders the offline HTML, the bundled JSON and one Markdown page per event', async () => {
    const result = await exec(bin(), ['docs', '--spec', 'base.yaml', '--out', 'site'], project);
    expect(result.code).toBe(0);
    for (const file of ['index.html', 'openapi.json', 'events/payment.settled.md', 'events/refund.created.md']) {
      expect(existsSync(join(project, 'site', file)), file).toBe(true);
    }
  });

  it('package: generates a consumer package from the installed toolkit', async () => {
    const result = await exec(bin(), ['package', '--spec', 'base.yaml', '--out', 'acme'], project);
    // Deterministic: the installed toolkit writes the bytes the repository's sources generate.
    const expected = await generatePackage(await loadSpec('test/fixtures/package/acme-payments.yaml'));
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: `package: wrote ${expected.length} files to acme\n` });
    for (const file of expected) expect(readFileSync(join(project, 'acme', file.path), 'utf8'), file.path).toBe(file.content);
  });
});
