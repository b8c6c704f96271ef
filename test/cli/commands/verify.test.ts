import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContractFinding } from '../../../scripts/tools/contracts/findings.js';
import { runCli } from '../../helpers/cli.js';
import { dropLines, dropProperty, makeNullable, specCopy } from '../../helpers/spec-copy.js';

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
