import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContractFinding } from '../../../scripts/tools/contracts/findings.js';
import { runCli } from '../../helpers/cli.js';
import { dropLines, dropProperty, makeNullable, specCopy } from '../../helpers/spec-copy.js';

/** Where a contract finding is: in a pact file, at a pointer of the payload (no line: pacts are data). */
const at = (pointer: string, file: unknown = expect.stringMatching(/\.json$/)) => ({ file, line: 0, col: 0, pointer });

const MAILER_PACT = 'contracts/pacts/reward-mailer-voucherify-webhooks.json';
const EXAMPLES = ['created', 'pending', 'completed'].map((e) => `examples/customer.reward_redemptions.${e}.yaml`);

async function verify(args: string[]): Promise<{ code: number; findings: ContractFinding[]; stdout: string; stderr: string }> {
  const result = await runCli(['verify', '--format', 'json', ...args]);
  const findings = result.code < 2 ? (JSON.parse(result.stdout).findings as ContractFinding[]) : [];
  return { ...result, findings };
}

describe('webhook-contracts verify', () => {
  it('passes for both consumers on the spec as it is', async () => {
    const result = await runCli(['verify']);
    expect(result.stderr).toMatch(/^17 interaction\(s\), \d+ message\(s\) verified: 0 error\(s\), 0 warning\(s\)\n$/);
    expect(result.stdout).toContain('  ok   a completed reward redemption [customer.reward_redemptions.completed: publication is null]');
    expect(result.stdout).toContain(
      'customer.reward_redemptions.completed: 453 documented payload(s), 13 distinct as reward-mailer reads them: all accepted',
    );
    expect(result.stdout).toContain(
      'customer.reward_redemptions.completed: 453 documented payload(s), 4 distinct as loyalty-ledger reads them: all accepted',
    );
    expect(result.code).toBe(0);
  });

  it('--exhaustive says it sent every documented payload, not how many are distinct', async () => {
    const result = await runCli(['verify', '--exhaustive', '--pacts', 'contracts/pacts/loyalty-ledger-voucherify-webhooks.json']);
    expect(result.stdout).toContain(
      'customer.reward_redemptions.completed: 453 documented payload(s), all 453 sent (--exhaustive): all accepted',
    );
    expect(result.stdout).not.toContain('distinct');
    expect(result.code).toBe(0);
  });

  it('fails naming the consumer and the field when a field it relies on is removed', async () => {
    const spec = specCopy({
      'schemas/SimpleCustomer.yaml': dropProperty('email'),
      ...Object.fromEntries(EXAMPLES.map((f) => [f, dropLines(4, 'email')])),
    });
    const { code, findings } = await verify(['--spec', spec, '--pacts', MAILER_PACT]);
    expect(code).toBe(1);
    expect(findings).toContainEqual({
      id: 'interaction-failed',
      level: 'error',
      consumer: 'reward-mailer',
      interaction: 'a completed reward redemption [customer.reward_redemptions.completed: documented example]',
      path: '$.customer.email',

      location: at('/customer/email'),
      message: 'expected a value, actual (nothing): Actual map is missing the key email',
    });
    expect(findings.filter((f) => f.id === 'state-unknown-variant').map((f) => f.interaction)).toEqual([
      'a completed reward redemption [customer.reward_redemptions.completed: customer.email is absent]',
      'a completed reward redemption [customer.reward_redemptions.completed: customer.email is filled]',
    ]);
  });

  it('reports a relied-on field made nullable: no interaction accepts the null payload', async () => {
    const spec = specCopy({ 'schemas/Reward.yaml': makeNullable('name') });
    const { code, findings } = await verify(['--spec', spec, '--pacts', MAILER_PACT]);
    expect(code).toBe(1);
    expect(findings).toEqual([
      {
        id: 'variant-not-accepted',
        level: 'error',
        consumer: 'reward-mailer',
        interaction: '',
        path: '$.reward.name',

        location: at('/reward/name', ''), // about the consumer's pacts as a whole: no one file
        message: expect.stringContaining(
          'no interaction accepts the documented payload "reward.name is null" of customer.reward_redemptions.completed',
        ),
      },
    ]);
  });

  it.each([
    ['no pact files', () => mkdtempSync(join(tmpdir(), 'wc-pacts-')), /no pact files \(\*\.json\) in this folder/],
    [
      'a malformed pact file',
      () => writePact('{"consumer": {"name": "x"},\n  "provider": '),
      /broken\.json:2:\d+: YAML\/JSON syntax error: /,
    ],
    [
      'a JSON file that is not a pact',
      () => writePact('{"consumer": {"name": "x"}, "provider": {"name": "y"}}'),
      /broken\.json#\/interactions: a pact needs an interactions array/,
    ],
    ['a missing folder', () => '/nonexistent/pacts', /no such pact file or folder/],
  ])('refuses %s with one line and exit 2', async (_name, pacts, message) => {
    const result = await runCli(['verify', '--pacts', pacts()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

function writePact(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wc-pacts-'));
  writeFileSync(join(dir, 'broken.json'), text);
  return dir;
}

describe('webhook-contracts verify: an event with nothing to send', () => {
  it('fails, naming the event and the first problem of its examples', async () => {
    const dir = specCopy({
      'examples/customer.reward_redemptions.completed.yaml': () => 'summary: broken\nvalue: { reward_redemption: 42 }\n',
    });
    const { code, findings } = await verify(['--spec', dir, '--pacts', MAILER_PACT]);
    expect(code).toBe(1);
    expect(findings[0]).toEqual({
      id: 'event-nothing-to-send',
      level: 'error',
      consumer: '',
      interaction: '',
      path: '',
      location: { file: '', line: 0, col: 0, pointer: '' },
      message:
        'customer.reward_redemptions.completed: nothing to send: every example is invalid (1): documented example: /customer is required but missing',
    });
  }, 120_000);
});

describe('webhook-contracts verify: no pact for the spec provider', () => {
  it('fails, naming the providers the pacts are for and the one the spec expects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-pacts-'));
    const pact = JSON.parse(readFileSync(MAILER_PACT, 'utf8')) as { provider: { name: string } };
    pact.provider.name = 'someone-else';
    writeFileSync(join(dir, 'other.json'), JSON.stringify(pact));
    const { code, findings, stderr } = await verify(['--pacts', dir]);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.id, f.level, f.message])).toEqual([
      [
        'no-pact-for-provider',
        'error',
        `no pact in ${dir} is for provider voucherify-webhooks (the spec's info.x-pact-provider); the pacts there are for: someone-else: no consumer is verified`,
      ],
    ]);
    expect(stderr).toBe('0 interaction(s), 0 message(s) verified: 1 error(s), 0 warning(s)\n');
  });
});
