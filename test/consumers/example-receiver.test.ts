import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../scripts/runtime/signature.js';
import { runCli } from '../helpers/cli.js';

const COMPLETED = 'customer.reward_redemptions.completed';
const SECRET = 'dev-secret';

/** The README's example receiver, started as the README says (PORT=0 for a free port). */
let child: ChildProcess;
let firstLine: string;
let stderr = '';
beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'contracts/example/receiver.ts'], {
    env: { ...process.env, PORT: '0', WEBHOOK_SECRET: SECRET, HOST: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
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

describe('the example receiver does not crash (issue 22)', () => {
  const body = JSON.stringify({ hello: 'world' });
  const post = (path: string, payload = body) =>
    fetch(`${urlOf(firstLine)?.replace(/\/webhooks\/$/, '')}${path}`, {
      method: 'POST',
      body: payload,
      headers: { 'content-type': 'application/json', 'x-voucherify-signature': signWebhook(payload, SECRET) },
    });

  it('refuses to start without WEBHOOK_SECRET: one line, exit 2', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' };
    delete env.WEBHOOK_SECRET;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'contracts/example/receiver.ts'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: result.status, stderr: result.stderr, stdout: result.stdout }).toEqual({
      status: 2,
      stderr: 'WEBHOOK_SECRET is not set: start the receiver with the signing secret from the project settings\n',
      stdout: '',
    });
  });

  it('routes by the URL path: a query string is ignored (it used to give 404)', async () => {
    const response = await post(`/webhooks/${COMPLETED}?attempt=2&source=retry`);
    // The body is signed but not a redemption: the route was found, the payload refused (400, not 404).
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^payload of customer\.reward_redemptions\.completed does not match the spec: /);
    expect((await post('/elsewhere')).status).toBe(404);
  });

  it('a client that aborts mid-body gets no crash: one log line, and the next delivery is answered', async () => {
    const { port } = new URL(urlOf(firstLine) as string);
    const socket = connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      `POST /webhooks/${COMPLETED} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"partial":`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the receiver start reading the body
    socket.destroy();
    await expect
      .poll(() => stderr, { timeout: 10_000 })
      .toMatch(/^webhook receiver: POST \/webhooks\/customer\.reward_redemptions\.completed: aborted\n$/);
    expect(child.exitCode).toBe(null);
    expect((await post(`/webhooks/${COMPLETED}`)).status).toBe(400);
  });
});
