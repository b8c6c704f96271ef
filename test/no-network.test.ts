import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it.each([
    ['lint', [bin, 'lint'], 0],
    ['bundle', [bin, 'bundle', '--out', join(tempDir(), 'b.json')], 0],
  ])('%s works and tries no connection', async (_name, args, code) => {
    const result = await runBlocked(args as string[]);
    expect(result.attempts).toEqual([]);
    expect(result.code, result.stderr).toBe(code);
  });
});
