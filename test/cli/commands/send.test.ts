import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createRewardMailerReceiver } from '../../../contracts/consumers/reward-mailer/receiver.js';
import { runCli } from '../../helpers/cli.js';
import { GITHUB_PATH, githubReceiver } from '../../helpers/official-receivers/github.js';
import { deadUrl, SECRET, start } from '../../helpers/receivers.js';
import { tempDir } from '../../helpers/temp-spec.js';

const COMPLETED = 'customer.reward_redemptions.completed';
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

describe('webhook-contracts send', () => {
  it('sends one signed delivery and prints the status and body; exit 1 when not 2xx', async () => {
    const { url, stop } = await start(createRewardMailerReceiver(SECRET));
    stops.push(stop);
    const ok = await runCli(['send', '--event', COMPLETED, '--url', url, '--secret', SECRET]);
    expect([ok.code, ok.stdout]).toEqual([0, '202\n{"status":"accepted"}\n']);
    expect(ok.stderr).toBe(`${COMPLETED}: example "documented" sent to ${url}: HTTP 202\n`);
    const wrong = await runCli(['send', '--event', COMPLETED, '--url', url, '--secret', 'wrong']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^401\n\{"error":"SignatureError"/);
  });

  it('speaks the provider protocol: @octokit/webhooks receives the event named by header and action', async () => {
    const received: string[] = [];
    const { url, stop } = await start(githubReceiver('gh', received));
    stops.push(stop);
    const target = new URL(GITHUB_PATH, url).href;
    const result = await runCli([
      'send',
      '--spec',
      'test/fixtures/official/github.yaml',
      '--event',
      'issues.closed',
      '--url',
      target,
      '--secret',
      'gh',
    ]);
    expect([result.code, result.stdout]).toEqual([0, '200\nok\n']);
    expect(received).toEqual(['issues.closed']);
  });

  it('sends a --payload file, refusing one that does not fit the event', async () => {
    const { url, stop } = await start(createRewardMailerReceiver(SECRET));
    stops.push(stop);
    const dir = tempDir();
    writeFileSync(`${dir}/bad.json`, '{"customer": {}}');
    const result = await runCli(['send', '--event', COMPLETED, '--url', url, '--secret', SECRET, '--payload', `${dir}/bad.json`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /bad\.json: not a valid customer\.reward_redemptions\.completed payload: \/voucher is required but missing$/m,
    );
  });

  it.each([
    [
      'an unknown example',
      ['--example', 'nope'],
      /--example: customer\.reward_redemptions\.completed has no example "nope" \(it has: documented\)/,
    ],
    ['--example with --payload', ['--example', 'a', '--payload', 'b'], /give --example or --payload, not both/],
    ['a bad --header', ['--header', 'nocolon'], /--header #1: "nocolon" has no colon/],
  ])('refuses %s with exit 2 and one line, nothing sent', async (_name, extra, message) => {
    const result = await runCli(['send', '--event', COMPLETED, '--url', await deadUrl(), '--secret', SECRET, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
