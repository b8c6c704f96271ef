import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { minimalSpec, tempDir, writeFiles } from '../helpers/temp-spec.js';

const body = (schema: object) => minimalSpec({ schema });

/** Each case: the files of a spec folder (root is openapi.yaml), and the one line the CLI must print. */
const cases: Array<[string, { files: Record<string, string | Buffer | object>; args?: string[]; want: { code: number; stderr: RegExp } }]> =
  [
    [
      'a missing spec file',
      { files: {}, want: { code: 2, stderr: /openapi\.yaml: cannot read spec file: no such file \(check the path\)$/ } },
    ],
    [
      'a YAML syntax error, with its line',
      {
        files: { 'openapi.yaml': 'openapi: 3.1.0\ninfo:\n  title: [unclosed\nwebhooks: {}\n' },
        want: { code: 2, stderr: /openapi\.yaml:4:\d+: YAML\/JSON syntax error: .+ \(fix the syntax at that line\)$/ },
      },
    ],
    [
      'a document that is not OpenAPI 3.1',
      {
        files: { 'openapi.yaml': { ...minimalSpec(), openapi: '3.0.3' } },
        want: { code: 2, stderr: /openapi\.yaml:1:\d+: not an OpenAPI 3\.1 document \(it declares "3\.0\.3"\)/ },
      },
    ],
    [
      'a Swagger 2.0 document',
      {
        files: { 'openapi.yaml': { swagger: '2.0', info: {}, paths: {} } },
        want: { code: 2, stderr: /not an OpenAPI 3\.1 document \(it declares "2\.0"\)/ },
      },
    ],
    [
      'a spec with no webhooks',
      {
        files: { 'openapi.yaml': { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} } },
        want: { code: 2, stderr: /openapi\.yaml: the spec has no `webhooks`: nothing to check/ },
      },
    ],
    [
      'a webhook without a request body (a lint finding, exit 1)',
      {
        files: { 'openapi.yaml': minimalSpec({ operation: { requestBody: undefined } }) },
        want: { code: 1, stderr: /^1 error\(s\), 0 warning\(s\)$/ },
      },
    ],
    [
      'an unresolved $ref to a missing file',
      {
        files: { 'openapi.yaml': body({ $ref: './schemas/Missing.yaml' }) },
        want: {
          code: 2,
          stderr: /openapi\.yaml:\d+:\d+: unresolved \$ref "\.\/schemas\/Missing\.yaml": file .*schemas\/Missing\.yaml does not exist/,
        },
      },
    ],
    [
      'an unresolved $ref to a missing pointer',
      {
        files: { 'openapi.yaml': body({ $ref: '#/components/schemas/Nope' }) },
        want: { code: 2, stderr: /openapi\.yaml:\d+:\d+: unresolved \$ref "#\/components\/schemas\/Nope": nothing at that JSON pointer/ },
      },
    ],
    [
      'an http:// $ref (refused, never fetched)',
      {
        files: { 'openapi.yaml': body({ $ref: 'http://203.0.113.1/schema.yaml' }) },
        want: { code: 2, stderr: /external \$ref "http:\/\/203\.0\.113\.1\/schema\.yaml" refused: this toolkit never fetches URLs/ },
      },
    ],
    [
      'a ../../ $ref escaping the spec folder',
      {
        files: { 'openapi.yaml': body({ $ref: '../../etc/passwd' }) },
        want: { code: 2, stderr: /\$ref "\.\.\/\.\.\/etc\/passwd" leaves the spec's folder/ },
      },
    ],
    ['an empty file', { files: { 'openapi.yaml': '' }, want: { code: 2, stderr: /openapi\.yaml: spec file is empty$/ } }],
    [
      'a binary file',
      {
        files: { 'openapi.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) },
        want: { code: 2, stderr: /spec file is binary/ },
      },
    ],
    [
      'non-UTF-8 bytes',
      {
        files: { 'openapi.yaml': Buffer.from('openapi: 3.1.0\ninfo: caf\xe9\n', 'latin1') },
        want: { code: 2, stderr: /spec file is not valid UTF-8 text/ },
      },
    ],
    [
      'a YAML alias bomb',
      {
        files: {
          'openapi.yaml': `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
        },
        want: { code: 2, stderr: /cannot expand YAML: .*alias/i },
      },
    ],
    [
      'a directory given as the spec',
      { files: { 'openapi.yaml/readme.txt': 'x' }, want: { code: 2, stderr: /openapi\.yaml: is a directory, not a spec file/ } },
    ],
    [
      'an unknown option',
      { files: { 'openapi.yaml': minimalSpec() }, args: ['--nope'], want: { code: 2, stderr: /Unknown option '--nope'/ } },
    ],
    [
      'an unknown --compat value',
      {
        files: { 'openapi.yaml': minimalSpec() },
        args: ['--compat', 'swagger2'],
        want: { code: 2, stderr: /--compat: unknown --compat value "swagger2"/ },
      },
    ],
  ];

describe('webhook-contracts lint on bad input', () => {
  it.each(cases)('%s', async (_name, { files, args = [], want }) => {
    const dir = writeFiles(files);
    const result = await runCli(['lint', '--spec', join(dir, 'openapi.yaml'), ...args]);
    expect(result.stderr.trim().split('\n')).toHaveLength(1); // one line, no stack trace
    expect(result.stderr.trim()).toMatch(want.stderr);
    expect(result.code).toBe(want.code);
  });

  it('handles a circular schema without hanging, in lint and bundle', async () => {
    const node = {
      type: 'object',
      description: 'A tree node.',
      properties: {
        name: { type: 'string', description: 'Name.' },
        children: { type: 'array', description: 'Sub-nodes.', items: { $ref: '#/components/schemas/Node' } },
      },
    };
    const spec = {
      ...minimalSpec({ schema: { $ref: '#/components/schemas/Node' }, example: { name: 'a', children: [{ name: 'b', children: [] }] } }),
    };
    const dir = writeFiles({ 'openapi.yaml': { ...spec, components: { schemas: { Node: node } } } });
    const lint = await runCli(['lint', '--spec', join(dir, 'openapi.yaml')]);
    expect(lint.stdout).toBe('');
    expect(lint.code).toBe(0);
    const bundle = await runCli(['bundle', '--spec', join(dir, 'openapi.yaml')]);
    expect(JSON.parse(bundle.stdout).components.schemas.Node.properties.children.items).toEqual({ $ref: '#/components/schemas/Node' });
  });

  it('reports an example that breaks its schema with file:line and the payload pointer', async () => {
    const dir = writeFiles({ 'openapi.yaml': minimalSpec({ example: { id: 7 } }) });
    const result = await runCli(['lint', '--spec', join(dir, 'openapi.yaml')]);
    expect(result.stdout).toMatch(
      /openapi\.yaml:\d+:\d+ error webhook-example-valid example "basic" of thing\.happened: \/id must be string\n$/,
    );
    expect(result.code).toBe(1);
  });
});

describe('webhook-contracts bundle', () => {
  it('writes one self-contained document atomically and leaves no temp file', async () => {
    const dir = tempDir();
    const out = join(dir, 'out', 'bundle.yaml');
    const result = await runCli(['bundle', '--out', out]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['bundle.yaml']);
    const json = await runCli(['bundle']);
    const doc = JSON.parse(json.stdout);
    expect(Object.keys(doc.webhooks)).toEqual([
      'customer.reward_redemptions.created',
      'customer.reward_redemptions.pending',
      'customer.reward_redemptions.completed',
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/"\$ref":"(?!#)/); // every reference is internal
  });

  it('fails without writing when the spec is bad', async () => {
    const dir = writeFiles({ 'openapi.yaml': body({ $ref: './nope.yaml' }) });
    mkdirSync(join(dir, 'out'));
    const result = await runCli(['bundle', '--spec', join(dir, 'openapi.yaml'), '--out', join(dir, 'out', 'b.json')]);
    expect(result.code).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
});

describe('the installed bin', () => {
  it('runs as a real process with --help and a usage error', async () => {
    const bin = resolve(import.meta.dirname, '../../bin/webhook-contracts.mjs');
    const run = promisify(execFile);
    const help = await run(process.execPath, [bin, '--help']);
    expect(help.stdout).toMatch(/^Usage: webhook-contracts <command> \[options\]/);
    expect(help.stdout).toMatch(/\n {2}lint {13}Lint the spec/);
    const bad = await run(process.execPath, [bin, 'frobnicate']).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toMatch(
      /^webhook-contracts: unknown command "frobnicate" \(known: lint, bundle\b.*; see --help\)\n$/,
    );
  });

  it('stops quietly, exit 0, when its reader goes away (`bundle | head`)', async () => {
    const bin = resolve(import.meta.dirname, '../../bin/webhook-contracts.mjs');
    const child = spawn(process.execPath, [bin, 'bundle'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.destroy(); // the reader leaves before the first write, as `head` does once it has enough
    const code = await new Promise((done) => child.on('close', done));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
