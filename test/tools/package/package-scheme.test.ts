import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods';
import { Webhook } from 'standardwebhooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../../scripts/core/output-set.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { generatePackage } from '../../../scripts/tools/package/generate-package.js';
import { packageOutputs } from '../../../scripts/tools/package/package-folder.js';
import { tempDir } from '../../helpers/temp-spec.js';

type Package = typeof import('../../../scripts/index.js');

/** Generates a spec's package into a temp folder (outside the repository: it must need nothing from it) and imports it. */
async function packageOf(path: string, name: string): Promise<{ dir: string; pkg: Package }> {
  const dir = join(tempDir('wc-scheme-'), name);
  writeOutputs(packageOutputs(await generatePackage(await loadSpec(path), { name }), dir));
  return { dir, pkg: (await import(pathToFileURL(join(dir, 'dist/index.js')).href)) as Package };
}

const files = (dir: string, paths: string[]) => paths.map((p) => readFileSync(join(dir, p), 'utf8')).join('\n');

describe("the package carries the spec's own scheme (issue 22: it used to default to Voucherify)", () => {
  let github: { dir: string; pkg: Package };
  let standard: { dir: string; pkg: Package };
  beforeAll(async () => {
    [github, standard] = await Promise.all([
      packageOf('test/fixtures/package/acme-payments.yaml', 'acme-payments-webhooks'),
      packageOf('test/fixtures/providers/standard-webhooks/openapi.yaml', 'acme-invoices-webhooks'),
    ]);
  }, 120_000);

  it('a github spec: SIGNATURE_HEADER, DEFAULT_SCHEME, README and .d.ts say X-Hub-Signature-256, never Voucherify', () => {
    expect(github.pkg.SIGNATURE_HEADER).toBe('X-Hub-Signature-256');
    expect(github.pkg.DEFAULT_SCHEME).toMatchObject({ preset: 'github', prefix: 'sha256=' });
    const readme = files(github.dir, ['README.md']);
    expect(readme).toContain(
      'Deliveries are signed as the spec declares: `X-Hub-Signature-256` (github), no timestamp: no replay protection.',
    );
    const dts = files(github.dir, ['dist/types/runtime/spec-schemes.d.ts', 'dist/types/generated/webhooks.d.ts']);
    expect(dts).toContain('export declare const SIGNATURE_HEADER: "X-Hub-Signature-256";');
    expect(dts).toMatch(/DeclaredSignatureScheme = \{[^}]*"header": "X-Hub-Signature-256"/);
    expect(`${readme}${dts}`).not.toMatch(/X-Voucherify-Signature|Voucherify scheme/i);
  });

  it("a github spec: what the package signs, GitHub's library accepts, and the reverse; parseWebhook accepts its own signWebhook", async () => {
    const body = '{"x":1}';
    const signed = github.pkg.signWebhook(body, 'it-is-a-secret');
    expect(await octokitVerify('it-is-a-secret', body, signed)).toBe(true);
    expect(github.pkg.signWebhook(body, 'it-is-a-secret')).toBe(await octokitSign('it-is-a-secret', body));
    const delivery = JSON.stringify({
      type: 'refund.created',
      id: 'ref_19d',
      payment_id: 'pay_8f2k',
      amount: { value: 250, currency: 'EUR' },
    });
    const headers = github.pkg.signatureHeaders(delivery, 'it-is-a-secret');
    expect(Object.keys(headers)).toEqual(['X-Hub-Signature-256']);
    const parse = github.pkg.parseWebhook as (input: object) => { type: string };
    expect(parse({ rawBody: delivery, headers, secret: 'it-is-a-secret', eventType: 'refund.created' }).type).toBe('refund.created');
  });

  it('a standard-webhooks spec: its signatureHeaders are accepted by the standardwebhooks library, and parseWebhook finds the event', () => {
    const secret = `whsec_${Buffer.from('thirty-two bytes of key material!').toString('base64')}`;
    const body = JSON.stringify({
      type: 'invoice.paid',
      timestamp: '2024-05-13T10:24:01Z',
      data: { id: 'inv_1', amount: 1200, currency: 'EUR' },
    });
    const headers = standard.pkg.signatureHeaders(body, secret, { id: 'msg_1' });
    expect(Object.keys(headers).sort()).toEqual(['webhook-id', 'webhook-signature', 'webhook-timestamp']);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect((standard.pkg.parseWebhook as (input: object) => { type: string })({ rawBody: body, headers, secret }).type).toBe(
      'invoice.paid',
    );
    expect(standard.pkg.SIGNATURE_HEADER).toBe('webhook-signature');
  });

  it('is self-contained: the bundle imports only node: modules and requires nothing by a relative path', () => {
    const js = files(github.dir, ['dist/index.js']);
    expect([...js.matchAll(/\bfrom\s*"([^"]+)"/g)].map((m) => m[1]).filter((s) => !s?.startsWith('node:'))).toEqual([]);
    expect(js).not.toMatch(/require\(\s*["']\.{1,2}\//);
  });
});
