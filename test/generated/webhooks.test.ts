import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, loadSpec } from '../../scripts/core/spec/load.js';
import { type Diagnostic, typecheck } from '../helpers/typecheck.js';

const IMPORT = "import type * as T from '../../scripts/generated/webhooks.js';\n";
const STATIC = 'test/generated/webhooks.typecheck.ts';

const negatives: Array<[string, { given: string; want: Pick<Diagnostic, 'code' | 'message'> }]> = [
  [
    'a missing required field',
    {
      given: 'const { customer: _c, ...rest } = base; export const x: T.CustomerRewardRedemptionsCompleted = rest;',
      want: { code: 2322, message: expect.stringMatching(/\n {2}Property 'customer' is missing in type .* but required in type/) },
    },
  ],
  [
    'a wrong enum value',
    {
      given: "export const x: T.RewardRedemption = { ...base.reward_redemption, state: 'DONE' };",
      want: { code: 2322, message: `Type '"DONE"' is not assignable to type '"CREATED" | "PENDING" | "COMPLETED" | "ROLLEDBACK"'.` },
    },
  ],
  [
    'a number where a string is documented',
    {
      given: 'export const x: T.RewardRedemption = { ...base.reward_redemption, id: 42 };',
      want: { code: 2322, message: "Type 'number' is not assignable to type 'string'." },
    },
  ],
  [
    'an event type the spec does not have',
    {
      given: "export const x: T.EventType = 'customer.created';",
      want: { code: 2322, message: expect.stringMatching(/^Type '"customer.created"' is not assignable to type 'keyof WebhookPayloads'/) },
    },
  ],
];

/** Every check in one TypeScript program (creating one takes seconds); diagnostics grouped by file. */
let diagnostics: Diagnostic[];
let exampleCount: number;
beforeAll(async () => {
  const spec = await loadSpec(DEFAULT_SPEC);
  const examples = spec.events.flatMap((event, i) =>
    (event.body?.examples ?? []).map(
      (example, j) => `export const e${i}_${j}: T.WebhookPayloads[${JSON.stringify(event.type)}] = ${JSON.stringify(example.value)};`,
    ),
  );
  exampleCount = examples.length;
  const files: Record<string, string> = {
    'test/generated/virtual-examples.ts': `${IMPORT}${examples.join('\n')}\n`,
    [STATIC]: readFileSync(STATIC, 'utf8'),
  };
  negatives.forEach(([, { given }], i) => {
    files[`test/generated/virtual-negative-${i}.ts`] = `${IMPORT}declare const base: T.CustomerRewardRedemptionsCompleted;\n${given}\n`;
  });
  diagnostics = typecheck(files);
});

const inFile = (file: string) => diagnostics.filter((d) => d.file === file).map(({ file: _f, ...rest }) => rest);

describe('generated types', () => {
  it('accept every example of the spec as the body type of its event', () => {
    expect(exampleCount).toBe(3);
    expect(inFile('test/generated/virtual-examples.ts')).toEqual([]);
  });

  it.each(negatives.map(([name, c], i) => [name, { ...c, i }] as const))('refuse %s', (_name, { want, i }) => {
    expect(inFile(`test/generated/virtual-negative-${i}.ts`)).toEqual([{ ...want, line: 3 }]);
  });

  it('keep the @ts-expect-error negatives of webhooks.typecheck.ts honest (each one is used)', () => {
    expect(inFile(STATIC)).toEqual([]);
  });

  it('report nothing anywhere else', () => {
    expect(diagnostics.filter((d) => !d.file.startsWith('test/generated/'))).toEqual([]);
  });
});
