import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContractFinding } from '../../../scripts/tools/contracts/findings.js';
import { runCli } from '../../helpers/cli.js';
import { dropProperty, makeNullable, specCopy } from '../../helpers/spec-copy.js';

/** Where a contract finding is: in a pact file, at a pointer of the payload (no line: pacts are data). */
const at = (pointer: string, file: unknown = expect.stringMatching(/\.json$/)) => ({ file, line: 0, col: 0, pointer });

const LEDGER_PACT = 'contracts/pacts/loyalty-ledger-voucherify-webhooks.json';

async function checkPacts(args: string[]): Promise<{ code: number; findings: ContractFinding[] }> {
  const result = await runCli(['check-pacts', '--format', 'json', ...args]);
  return { code: result.code, findings: result.code < 2 ? JSON.parse(result.stdout).findings : [] };
}

/** A copy of the ledger's pact with one interaction's content and rules changed. */
function ledgerPactWith(
  edit: (interaction: {
    contents: { content: Record<string, Record<string, unknown>> };
    matchingRules: { body: Record<string, unknown> };
  }) => void,
): string {
  const pact = JSON.parse(readFileSync(LEDGER_PACT, 'utf8'));
  edit(pact.interactions[0]);
  const dir = mkdtempSync(join(tmpdir(), 'wc-pacts-'));
  writeFileSync(join(dir, 'ledger.json'), JSON.stringify(pact));
  return dir;
}

describe('webhook-contracts check-pacts', () => {
  it("checks only the pacts written against the spec's provider (info.x-pact-provider)", async () => {
    const dir = ledgerPactWith((interaction) => {
      interaction.contents.content.nowhere = { field: 'x' };
    });
    const pact = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8'));
    writeFileSync(join(dir, 'ledger.json'), JSON.stringify({ ...pact, provider: { name: 'someone-else' } }));
    const result = await runCli(['check-pacts', '--pacts', dir]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      0,
      '',
      '1 pact(s) skipped: written against another provider than voucherify-webhooks\n0 pact(s), 0 interaction(s): 0 error(s), 0 warning(s)\n',
    ]);
  });

  it('finds nothing on the spec and pacts as they are', async () => {
    expect(await checkPacts([])).toEqual({ code: 0, findings: [] });
  });

  it('fails naming the consumer and the field when a field a pact relies on is removed', async () => {
    const spec = specCopy({ 'schemas/SimpleCustomer.yaml': dropProperty('email') });
    const { code, findings } = await checkPacts(['--spec', spec]);
    expect(code).toBe(1);
    expect(findings).toEqual([
      {
        id: 'field-not-in-spec',
        level: 'error',
        consumer: 'reward-mailer',
        interaction: expect.stringMatching(
          /^a completed reward redemption \[customer\.reward_redemptions\.completed: .*\] \(and 11 more\)$/,
        ),
        path: '$.customer.email',

        location: at('/customer/email'),
        message: 'reward-mailer relies on customer.email, which customer.reward_redemptions.completed does not document',
      },
    ]);
  });

  it('warns when a relied-on field becomes nullable without an interaction covering null', async () => {
    const spec = specCopy({ 'schemas/Reward.yaml': makeNullable('name') });
    const { code, findings } = await checkPacts(['--spec', spec]);
    expect(code).toBe(0);
    expect(findings).toEqual([
      {
        id: 'null-not-covered',
        level: 'warning',
        consumer: 'reward-mailer',
        interaction: '',
        path: '$.reward.name',

        location: at('/reward/name'),
        message:
          'reads reward.name, which the spec allows to be null, but no interaction has it null (add one with state "customer.reward_redemptions.completed: reward.name is null")',
      },
    ]);
  });

  it.each([
    [
      'a regex that rejects valid date-times',
      (i: Parameters<Parameters<typeof ledgerPactWith>[0]>[0]) => {
        i.matchingRules.body['$.reward_redemption.created_at'] = {
          combine: 'AND',
          matchers: [{ match: 'regex', regex: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$' }],
        };
      },
      {
        id: 'regex-rejects-format',
        path: '$.reward_redemption.created_at',

        location: at('/reward_redemption/created_at'),
        message:
          'the regex /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$/ for reward_redemption.created_at rejects "2024-05-13T12:26:06Z", a valid date-time',
      },
    ],
    [
      'a string where the spec says integer',
      (i: Parameters<Parameters<typeof ledgerPactWith>[0]>[0]) => {
        (i.contents.content.reward_assignment as { parameters: { loyalty: { points: unknown } } }).parameters.loyalty.points = '100';
      },
      {
        id: 'type-incompatible',
        path: '$.reward_assignment.parameters.loyalty.points',

        location: at('/reward_assignment/parameters/loyalty/points'),
        message: 'expects reward_assignment.parameters.loyalty.points to be string, but the spec says integer',
      },
    ],
    [
      'null where the spec never sends null',
      (i: Parameters<Parameters<typeof ledgerPactWith>[0]>[0]) => {
        i.contents.content.customer = { id: null };
      },
      {
        id: 'type-incompatible',
        path: '$.customer.id',

        location: at('/customer/id'),
        message: 'expects customer.id to be null, but the spec never sends null there (it is string)',
      },
    ],
  ])('reports %s', async (_name, edit, want) => {
    const { code, findings } = await checkPacts(['--pacts', ledgerPactWith(edit)]);
    expect(code).toBe(1);
    const errors = findings.filter((f) => f.level === 'error');
    expect(errors[0]).toEqual({
      consumer: 'loyalty-ledger',
      level: 'error',
      interaction: expect.stringContaining('documented example'),
      ...want,
    });
    expect(errors.map((f) => f.id)).toEqual(errors.map(() => want.id));
  });

  it('refuses a folder without pacts with exit 2', async () => {
    const result = await runCli(['check-pacts', '--pacts', mkdtempSync(join(tmpdir(), 'wc-pacts-'))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no pact files \(\*\.json\) in this folder \(run the consumer tests first/);
  });
});
