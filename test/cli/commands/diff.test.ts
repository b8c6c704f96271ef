import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main.js';
import { type Pair, writePair } from '../../helpers/diff-pair.js';
import { PAIRS } from '../../tools/diff/fixtures.js';

const FIXTURES = 'test/fixtures/diff';
/** The named pair as two files: kept files, else the inline pair written to a scratch folder. */
const pair = (name: string) =>
  Object.hasOwn(PAIRS, name) ? writePair(PAIRS[name] as Pair) : [`${FIXTURES}/${name}.base.yaml`, `${FIXTURES}/${name}.head.yaml`];
/** A valid single-file spec (the `order` skeleton). */
const VALID = `${FIXTURES}/required-property-removed.base.yaml`;

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: (t: string) => {
      stderr += t;
    },
    readStdin: async () => Buffer.alloc(0),
  };
  const code = await main(['diff', ...argv], io);
  return { code, stdout, stderr };
}

describe('diff: exit codes', () => {
  it.each([
    ['breaking change, default --fail-on breaking', [...pair('required-property-removed')], 1],
    ['breaking change accepted with --fail-on never', [...pair('required-property-removed'), '--fail-on', 'never'], 0],
    ['a warning passes by default', [...pair('enum-value-added')], 0],
    ['a warning fails with --fail-on warning', [...pair('enum-value-added'), '--fail-on', 'warning'], 1],
    ['a warning becomes breaking with --strict', [...pair('enum-value-added'), '--strict'], 1],
    [
      'a config override lowers a level',
      [...pair('optional-property-removed'), '--fail-on', 'warning', '--config', 'test/fixtures/diff-config/levels.yaml'],
      0,
    ],
    ['no change', [...pair('ref-renamed'), '--fail-on', 'info'], 0],
  ])('%s', async (_name, argv, code) => {
    expect((await cli(...(argv as string[]), '--format', 'json')).code).toBe(code);
  });

  it('takes HEAD from --spec when only BASE is given', async () => {
    const [base, head] = pair('required-property-removed') as [string, string];
    const { code, stdout } = await cli(base, '--spec', head, '--format', 'json');
    expect([code, JSON.parse(stdout).summary]).toEqual([1, { breaking: 1, warning: 0, info: 0 }]);
  });
});

describe('diff: bad input exits 2 with one line', () => {
  it.each([
    [
      'unreadable file',
      [`${FIXTURES}/missing.yaml`, VALID],
      `webhook-contracts diff: error: ${FIXTURES}/missing.yaml: cannot read spec file: no such file (check the path)\n`,
    ],
    [
      'invalid spec on one side',
      [VALID, 'test/fixtures/diff-invalid/openapi-30.yaml'],
      'webhook-contracts diff: error: test/fixtures/diff-invalid/openapi-30.yaml:1:10: not an OpenAPI 3.1 document (it declares "3.0.3") (webhooks need OpenAPI 3.1: convert the document and set `openapi: 3.1.0`)\n',
    ],
    ['missing BASE', [], 'webhook-contracts diff: error: missing BASE: a spec root file or GITREF:PATH (see --help)\n'],
    [
      'unknown --fail-on',
      [...pair('no-change'), '--fail-on', 'error'],
      'webhook-contracts diff: error: --fail-on must be one of breaking, warning, info, never, not "error" (see --help)\n',
    ],
  ])('%s', async (_name, argv, line) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect([code, stdout, stderr]).toEqual([2, '', line]);
  });
});

describe('diff: GITREF:PATH inputs, read from git objects', () => {
  let repo: string;
  const cwd = process.cwd();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' }).toString();
  const commit = (message: string) => {
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message);
  };

  const outside = mkdtempSync(join(tmpdir(), 'wc-diff-outside-'));
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'wc-diff-git-'));
    git('init', '-q');
    // single-file spec, and a multi-file one in spec/
    cpSync(resolve(FIXTURES, 'required-property-removed.base.yaml'), join(repo, 'openapi.yaml'));
    mkdirSync(join(repo, 'spec/schemas'), { recursive: true });
    writeFileSync(
      join(repo, 'spec/openapi.yaml'),
      readFileSync(VALID, 'utf8').replace(/ {4}Order:\n[\s\S]*$/, "    Order: {$ref: './schemas/Order.yaml'}\n"),
    );
    writeFileSync(
      join(repo, 'spec/schemas/Order.yaml'),
      'type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n  note: {type: string}\n',
    );
    commit('base');
    cpSync(resolve(FIXTURES, 'required-property-removed.head.yaml'), join(repo, 'openapi.yaml'));
    writeFileSync(join(repo, 'spec/schemas/Order.yaml'), 'type: object\nproperties:\n  id: {type: string}\n  note: {type: string}\n');
    writeFileSync(
      join(repo, 'spec/broken.yaml'),
      'openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\nwebhooks:\n  a: {$ref: ./missing.yaml}\n',
    );
    // Issue 14, item 2: symlinks committed to git that lead out of the spec folder (and the repository).
    writeFileSync(join(outside, 'secret.yaml'), 'type: object\ndescription: SECRET\n');
    writeFileSync(join(outside, 'openapi.yaml'), readFileSync(join(repo, 'openapi.yaml')));
    mkdirSync(join(repo, 'linked'));
    writeFileSync(
      join(repo, 'linked/openapi.yaml'),
      'openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\nwebhooks:\n  a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: ./body.yaml}\n',
    );
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'linked/body.yaml'));
    symlinkSync(join(outside, 'openapi.yaml'), join(repo, 'root-link.yaml'));
    commit('head');
    writeFileSync(join(repo, 'spec/schemas/Order.yaml'), 'uncommitted: true\n');
    process.chdir(repo);
  });

  afterAll(() => {
    process.chdir(cwd);
    rmSync(repo, { recursive: true, force: true });
  });

  it('diffs two commits of a single-file spec', async () => {
    const { code, stdout } = await cli('HEAD~1:openapi.yaml', 'HEAD:openapi.yaml', '--format', 'json');
    const [change] = JSON.parse(stdout).changes;
    expect([code, change.id, change.pointer, change.location]).toEqual([
      1,
      'required-property-removed',
      '/status',
      { file: 'openapi.yaml', line: 27, col: 9, pointer: '/components/schemas/Order/properties' },
    ]);
  });

  it('diffs a multi-file spec at a ref, mapping lines back to the repository files, without touching the work tree', async () => {
    const status = git('status', '--porcelain');
    const { code, stdout } = await cli('HEAD~1:spec/openapi.yaml', 'HEAD:spec/openapi.yaml', '--format', 'github');
    expect([code, stdout]).toEqual([
      1,
      '::error file=spec/schemas/Order.yaml,line=3,title=property-became-optional (breaking)::order.created /id: property "id" is no longer required.\n',
    ]);
    expect(git('status', '--porcelain')).toBe(status);
    expect(readFileSync(join(repo, 'spec/schemas/Order.yaml'), 'utf8')).toBe('uncommitted: true\n');
  });

  it.each([
    [
      'a git ref that does not exist',
      'nope:openapi.yaml',
      'nope:openapi.yaml: git ref "nope" does not exist (fetch it first, e.g. `git fetch origin main`)',
    ],
    [
      'a file absent at the ref',
      'HEAD~1:spec/broken.yaml',
      'HEAD~1:spec/broken.yaml: no file "spec/broken.yaml" at git ref "HEAD~1" (PATH is relative to the repository root)',
    ],
    [
      'an invalid spec at the ref, located in the ref',
      'HEAD:spec/broken.yaml',
      'HEAD:spec/broken.yaml:4:13: unresolved $ref "./missing.yaml": file HEAD:spec/missing.yaml does not exist (fix the path or create the file)',
    ],
    [
      'a committed symlink in the spec folder leading outside it',
      'HEAD:linked/openapi.yaml',
      // Issue 24: links in history are never created, so never followed.
      'HEAD:linked/openapi.yaml:9:28: unresolved $ref "./body.yaml": file HEAD:linked/body.yaml is a symlink in git, and links in git are never followed (fix the path or create the file)',
    ],
    [
      'a committed symlink as the root file, leading out of the repository',
      'HEAD:root-link.yaml',
      'HEAD:root-link.yaml: the spec file at that git ref is a symlink: links in git are never followed (commit the spec file itself, not a link to it)',
    ],
  ])('%s: exit 2', async (_name, argument, line) => {
    const { code, stderr } = await cli(argument, 'HEAD:openapi.yaml');
    expect([code, stderr]).toEqual([2, `webhook-contracts diff: error: ${line}\n`]);
  });
});
