import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SPEC } from '../scripts/core/spec/default-spec.js';
import { runCli } from './helpers/cli.js';
import { minimalSpec, tempDir, writeFiles } from './helpers/temp-spec.js';

const root = resolve(import.meta.dirname, '..');
const preload = join(root, 'test/helpers/no-network.mjs');
const bin = join(root, 'bin/webhook-contracts.mjs');

/** Runs a command with every non-loopback connection blocked (children included); returns exit code and attempts. */
function runBlocked(args: string[]): Promise<{ code: number; attempts: string[]; stderr: string }> {
  const log = join(tempDir('wc-net-'), 'attempts.log');
  const env = { ...process.env, NODE_OPTIONS: `--import=${preload}`, NO_NETWORK_LOG: log, HTTP_PROXY: '', HTTPS_PROXY: '' };
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: root, env }, (error, _stdout, stderr) => {
      const attempts = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
      done({ code: error ? Number(error.code) : 0, attempts, stderr });
    });
  });
}

describe('with outbound network blocked', () => {
  it('the preload really blocks and records a connection attempt (control)', async () => {
    const result = await runBlocked(['-e', "fetch('http://203.0.113.1/').catch((e) => { console.error(e.message); process.exit(9); })"]);
    expect(result.attempts).toEqual([expect.stringMatching(/ 203\.0\.113\.1:$/)]);
    expect(result.stderr).toContain('network blocked by test preload: 203.0.113.1');
    expect(result.code).toBe(9);
  });

  const example = join(tempDir(), 'completed.json');
  writeFileSync(
    example,
    JSON.stringify(parse(readFileSync(join(root, 'openapi/examples/customer.reward_redemptions.completed.yaml'), 'utf8')).value),
  );

  it.each([
    ['lint', [bin, 'lint'], 0],
    ['bundle', [bin, 'bundle', '--out', join(tempDir(), 'b.json')], 0],
    ['types', [bin, 'types', '--check'], 0],
    ['validate', [bin, 'validate', '--event', 'customer.reward_redemptions.completed', example], 0],
    ['diff', [bin, 'diff', DEFAULT_SPEC, DEFAULT_SPEC], 0],
    ['check-pacts', [bin, 'check-pacts'], 0],
    ['verify (the Pact Verifier talks to its own loopback provider)', [bin, 'verify'], 0],
    ['docs (Redocly lint and render included)', [bin, 'docs', '--out', join(tempDir(), 'docs')], 0],
  ])('%s works and tries no connection', async (_name, args, code) => {
    const result = await runBlocked(args as string[]);
    expect(result.attempts).toEqual([]);
    expect(result.code, result.stderr).toBe(code);
  });

  it('verify-receiver works against a loopback receiver and tries no other connection', async () => {
    const server = createServer((_req, res) => res.writeHead(202).end()).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const result = await runBlocked([
        bin,
        'verify-receiver',
        '--url',
        `http://127.0.0.1:${port}/webhooks/voucherify`,
        '--secret',
        's',
        '--no-refusals',
      ]);
      expect(result.attempts).toEqual([]);
      expect(result.code, result.stderr).toBe(0);
    } finally {
      server.close();
    }
  });
});

/**
 * A real listener on loopback (which the preload above lets through): a `$ref` naming it must not make any
 * command connect, not even once before refusing the ref. A `$ref` inside example data is data: never
 * fetched, by us or by the Redocly children (docs: lint and render).
 */
describe('a spec that names a URL on a loopback listener', () => {
  const connections: string[] = [];
  const server = createNetServer((socket) => {
    connections.push(`${socket.remoteAddress}:${socket.remotePort}`);
    socket.destroy();
  });
  let port = 0;
  let dir = '';
  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
    const url = (name: string) => `http://127.0.0.1:${port}/${name}`;
    dir = writeFiles({
      'ref/openapi.yaml': minimalSpec({ schema: { $ref: url('s.yaml') } }),
      // Two files, so the bundler runs; one example in `examples`, one in `example`, both with a `$ref` key.
      'example/openapi.yaml': minimalSpec({
        operation: {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: './body.yaml' },
                examples: { basic: { value: { id: 't_1', data: { $ref: url('e.yaml') } } } },
                example: { id: 't_2', data: { $ref: url('e2.yaml') } },
              },
            },
          },
        },
      }),
      'example/body.yaml': {
        type: 'object',
        description: 'The event body.',
        required: ['id'],
        properties: { id: { type: 'string', description: 'Identifier.' }, data: { type: 'object', description: 'Data.' } },
      },
      'payload.json': '{"id": "t_1", "data": {"$ref": "x"}}',
    });
  });
  afterAll(() => server.close());

  const commands: Array<[string, (spec: string) => string[]]> = [
    ['lint', (spec) => ['lint', '--spec', spec]],
    ['bundle', (spec) => ['bundle', '--spec', spec, '--out', join(tempDir(), 'b.json')]],
    ['types', (spec) => ['types', '--spec', spec, '--out', join(tempDir(), 't.ts')]],
    ['validate', (spec) => ['validate', '--spec', spec, '--event', 'thing.happened', join(dir, 'payload.json')]],
    ['verify', (spec) => ['verify', '--spec', spec]],
    ['check-pacts', (spec) => ['check-pacts', '--spec', spec]],
    ['diff', (spec) => ['diff', spec, spec]],
    ['docs', (spec) => ['docs', '--spec', spec, '--out', join(tempDir(), 'docs')]],
    ['docs --strict', (spec) => ['docs', '--strict', '--spec', spec, '--out', join(tempDir(), 'docs')]],
  ];

  // In-process (the commands' own code, as `main` runs it; Redocly's children are still children): the listener
  // counts every connection, from this process or any child.
  it.each(commands)('%s: a $ref to the URL is refused, and the listener sees no connection', async (_name, args) => {
    const result = await runCli(args(join(dir, 'ref/openapi.yaml')));
    expect(result.stderr).toContain(`external $ref "http://127.0.0.1:${port}/s.yaml" refused: this toolkit never fetches URLs`);
    expect(result.code).toBe(2);
    expect(connections).toEqual([]);
  });

  // Exit codes: the spec is fine; verify and check-pacts find our pacts naming events this spec lacks.
  // A command that never ends fails on the test timeout.
  it.each(commands)('%s: a $ref inside example data is never fetched, and the command ends', async (_name, args) => {
    const result = await runCli(args(join(dir, 'example/openapi.yaml')));
    expect(result.stderr).not.toMatch(/internal error|refused/);
    expect(result.code, result.stderr).toBeLessThan(3);
    expect(connections).toEqual([]);
  });
});
