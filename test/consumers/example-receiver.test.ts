import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const COMPLETED = 'customer.reward_redemptions.completed';
const SECRET = 'dev-secret';

/** The README's example receiver, started as the README says (PORT=0 for a free port). */
let child: ChildProcess;
let firstLine: string;
beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'contracts/example/receiver.ts'], {
    env: { ...process.env, PORT: '0', WEBHOOK_SECRET: SECRET, HOST: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  firstLine = chunk.toString();
});
afterAll(() => {
  child.kill();
});

const urlOf = (line: string) => line.match(/^listening on (http:\/\/127\.0\.0\.1:\d+\/webhooks\/)<event type>\n$/)?.[1];

describe('the README example receiver', () => {
  it('listens on 127.0.0.1 by default and prints its URL on one line', () => {
    expect(firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/webhooks\/<event type>\n$/);
  });

  it('accepts every documented payload verify-receiver sends it, signed with its secret, and refuses every probe', async () => {
    const url = `${urlOf(firstLine)}${COMPLETED}`;
    const result = await runCli(['verify-receiver', '--url', url, '--event', COMPLETED, '--secret', SECRET]);
    expect(result.stderr).toMatch(
      new RegExp(
        `^(\\d+) documented payload\\(s\\) sent to ${url} \\(an HMAC signature \\(X-Voucherify-Signature, preset voucherify\\)\\): \\1 accepted, 0 not\\n(\\d+) refusal probe\\(s\\) sent: \\2 refused, 0 accepted\\n$`,
      ),
    );
    expect(result.code).toBe(0);
  });

  it('refuses them all with 401 under another secret', async () => {
    const url = `${urlOf(firstLine)}${COMPLETED}`;
    const result = await runCli(['verify-receiver', '--url', url, '--event', COMPLETED, '--secret', 'wrong', '--format', 'json']);
    expect(result.code).toBe(1);
    const { sent, failed } = JSON.parse(result.stdout) as { sent: number; failed: Array<{ status: number }> };
    expect(new Set(failed.map((f) => f.status))).toEqual(new Set([401]));
    expect(failed).toHaveLength(sent);
  });
});
