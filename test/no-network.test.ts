import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from './helpers/temp-spec.js';

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
    ['diff', [bin, 'diff', 'openapi/openapi.yaml', 'openapi/openapi.yaml'], 0],
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
      const result = await runBlocked([bin, 'verify-receiver', '--url', `http://127.0.0.1:${port}/webhooks/voucherify`, '--secret', 's']);
      expect(result.attempts).toEqual([]);
      expect(result.code, result.stderr).toBe(0);
    } finally {
      server.close();
    }
  });
});
