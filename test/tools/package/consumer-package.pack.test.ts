import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleOutputs, writeOutputs } from '../../../scripts/core/output-set.js';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { generatePackage } from '../../../scripts/tools/package/generate-package.js';
import { packageOutputs } from '../../../scripts/tools/package/package-folder.js';
import { exec, npmPack, scratchProject } from '../../helpers/scratch-project.js';
import { tempDir } from '../../helpers/temp-spec.js';

const TSC = resolve('node_modules/typescript/bin/tsc');
const SECRET = 'whsec_test_secret';

/**
 * The package of a spec, packed and installed into a project outside the repository,
 * works with plain node (no TypeScript) and type-checks a handler under `tsc --strict` with both module
 * resolutions a consumer may use. Once for our Voucherify spec (the package committed in the repository,
 * which must also be up to date) and once for another provider's.
 */
interface Case {
  spec: string;
  /** The committed package folder, or undefined: generate one into a temp folder. */
  committed?: string;
  name: string;
  event: string;
  /** The type named after the event, and a field of its body the handler reads. */
  typeName: string;
  field: string;
  /** How the documented example is broken for the bad-body check, and the problem that must be reported. */
  breakBody: (body: Record<string, unknown>) => void;
  problem: { pointer: string; keyword: string; message: string };
  /** The signature preset the spec declares (`x-webhook-signature`), as the test's sender signs with it. */
  preset: string;
}

const cases: Array<[string, Case]> = [
  [
    'Voucherify (committed package)',
    {
      spec: DEFAULT_SPEC,
      committed: 'contracts/packages/voucherify-webhooks',
      name: 'voucherify-webhooks',
      event: 'customer.reward_redemptions.completed',
      typeName: 'CustomerRewardRedemptionsCompleted',
      field: 'reward_redemption',
      breakBody: (body) => {
        delete body.voucher;
      },
      problem: { pointer: '/voucher', keyword: 'required', message: 'is required but missing' },
      preset: 'voucherify',
    },
  ],
  [
    'another provider (Acme Payments)',
    {
      spec: 'test/fixtures/package/acme-payments.yaml',
      name: 'acme-payments-webhooks',
      event: 'payment.settled',
      typeName: 'PaymentSettled',
      field: 'settled_at',
      breakBody: (body) => {
        (body.amount as Record<string, unknown>).currency = 'eur';
      },
      problem: { pointer: '/amount/currency', keyword: 'pattern', message: 'must match pattern "^[A-Z]{3}$"' },
      preset: 'github',
    },
  ],
];

describe.each(cases)('the consumer package of %s', (_label, c) => {
  let project: string;
  let example: Record<string, unknown>;

  beforeAll(async () => {
    const spec = await loadSpec(c.spec);
    example = spec.events.find((e) => e.type === c.event)?.body?.examples[0]?.value as Record<string, unknown>;
    const files = await generatePackage(spec, { name: c.name });
    let folder = c.committed;
    if (folder) expect(staleOutputs(packageOutputs(files, folder)), `run \`npm run package\`: ${folder} is stale`).toEqual([]);
    else {
      folder = join(tempDir('wc-pkg-'), c.name);
      writeOutputs(packageOutputs(files, folder));
    }
    const tarball = await npmPack(resolve(folder), tempDir('wc-tgz-'));
    project = (await scratchProject(tarball)).dir;
  }, 240_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('with plain node: parses a signed documented payload, refuses a bad signature and a bad body with the documented errors', async () => {
    const bad = structuredClone(example);
    c.breakBody(bad);
    writeFileSync(join(project, 'bodies.json'), JSON.stringify({ good: JSON.stringify(example), bad: JSON.stringify(bad) }));
    writeFileSync(
      join(project, 'check.mjs'),
      `import { readFileSync } from 'node:fs';
import { parseWebhook, signatureHeaders, SIGNATURE_PRESETS, SignatureError, PayloadError, WebhookError } from '${c.name}';
const { good, bad } = JSON.parse(readFileSync('bodies.json', 'utf8'));
const secret = ${JSON.stringify(SECRET)};
// Signed as the spec declares it (the package's parseWebhook reads the same declaration).
const headers = (body, key = secret) => signatureHeaders(body, key, { scheme: SIGNATURE_PRESETS[${JSON.stringify(c.preset)}] });
const refusal = (input) => {
  try { parseWebhook(input); return 'accepted'; } catch (e) {
    return { name: e.name, webhookError: e instanceof WebhookError, reason: e.reason, problem: e.problems?.[0] };
  }
};
const parsed = parseWebhook({ rawBody: Buffer.from(good), headers: headers(good), secret, eventType: ${JSON.stringify(c.event)} });
console.log(JSON.stringify({
  parsed: { type: parsed.type, same: JSON.stringify(parsed.payload) === good },
  badSignature: refusal({ rawBody: Buffer.from(good), headers: headers(good, 'another secret'), secret, eventType: ${JSON.stringify(c.event)} }),
  badBody: refusal({ rawBody: Buffer.from(bad), headers: headers(bad), secret, eventType: ${JSON.stringify(c.event)} }),
  classes: [SignatureError.name, PayloadError.name],
}));
`,
    );
    const result = await exec(process.execPath, ['check.mjs'], project);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      parsed: { type: c.event, same: true },
      badSignature: { name: 'SignatureError', webhookError: true, reason: 'mismatch' },
      badBody: { name: 'PayloadError', webhookError: true, problem: c.problem },
      classes: ['SignatureError', 'PayloadError'],
    });
  });

  it('with plain node and require(): CommonJS code loads the same module (Node >= 20.19 requires ES modules)', async () => {
    const script = `const m = require(${JSON.stringify(c.name)}); console.log([typeof m.parseWebhook, m.SignatureError.name, m.EVENT_TYPES.includes(${JSON.stringify(c.event)})].join(' '))`;
    const result = await exec(process.execPath, ['-e', script], project);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 0, stdout: 'function SignatureError true\n' });
  });

  it.each(['node16', 'bundler'])(
    'with tsc --strict, moduleResolution %s: a handler uses the event type and narrows on EventType',
    async (resolution) => {
      writeFileSync(
        join(project, 'handler.ts'),
        `import { parseWebhook, type EventType, type WebhookPayloads, type ${c.typeName} } from '${c.name}';

export function handle(rawBody: Uint8Array, headers: Record<string, string>, secret: string): string {
  const delivery = parseWebhook({ rawBody, headers, secret });
  if (delivery.type === ${JSON.stringify(c.event)}) {
    const body: ${c.typeName} = delivery.payload;
    const same: WebhookPayloads[${JSON.stringify(c.event)}] = body;
    return JSON.stringify(same.${c.field});
  }
  const other: Exclude<EventType, ${JSON.stringify(c.event)}> = delivery.type;
  return other;
}

// @ts-expect-error not an event type of this spec
export const wrong: EventType = 'no.such.event';
`,
      );
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      const config = {
        compilerOptions: { strict: true, module, moduleResolution: resolution, noEmit: true, skipLibCheck: false, types: [] },
        files: ['handler.ts'],
      };
      writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify(config));
      const result = await exec(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], project);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it('fails tsc when the handler reads a field the event does not have (the check can fail)', async () => {
    writeFileSync(
      join(project, 'wrong.ts'),
      `import type { ${c.typeName} } from '${c.name}';\nexport const f = (body: ${c.typeName}) => body.no_such_field;\n`,
    );
    const config = {
      compilerOptions: { strict: true, module: 'node16', moduleResolution: 'node16', noEmit: true, types: [] },
      files: ['wrong.ts'],
    };
    writeFileSync(join(project, 'tsconfig.wrong.json'), JSON.stringify(config));
    const result = await exec(process.execPath, [TSC, '-p', 'tsconfig.wrong.json'], project);
    expect(result.stdout).toMatch(/wrong\.ts\(2,\d+\): error TS2339: Property 'no_such_field' does not exist on type/);
  });
});
