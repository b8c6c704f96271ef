import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNATURE_PRESETS } from '../../scripts/runtime/signature-scheme.js';
import { runCli } from '../helpers/cli.js';
import { providerReceiver, type ReceiverCheck } from '../helpers/provider-receiver.js';
import { start } from '../helpers/receivers.js';
import { tempDir, writeFiles } from '../helpers/temp-spec.js';

/** A Standard Webhooks secret: whsec_ and base64 of the key bytes. */
const SW_SECRET = `whsec_${Buffer.from('a key of thirty-two bytes, exact').toString('base64')}`;

interface Provider {
  dir: string;
  /** One event and its example body, for `validate`. */
  event: string;
  example: object;
  /** How its receiver checks deliveries, and the command-line credentials that pass and fail it. */
  check: ReceiverCheck;
  good: string[];
  bad: string[];
  /** A credential flag this spec does not call for, and the error naming what it declares. */
  uncalled: [string[], RegExp];
}

const PROVIDERS: Array<[string, Provider]> = [
  [
    'standard-webhooks',
    {
      dir: 'test/fixtures/providers/standard-webhooks',
      event: 'invoice.paid',
      example: { type: 'invoice.paid', timestamp: '2024-05-13T10:24:01Z', data: { id: 'inv_1', amount: 1200, currency: 'EUR' } },
      check: { signature: SIGNATURE_PRESETS['standard-webhooks'], secret: SW_SECRET },
      good: ['--secret', SW_SECRET],
      bad: ['--secret', `whsec_${Buffer.from('another key entirely').toString('base64')}`],
      uncalled: [
        ['--basic-auth', 'u:p'],
        /--basic-auth: the spec does not call for HTTP basic auth; it declares an HMAC signature \(webhook-signature, preset standard-webhooks\)/,
      ],
    },
  ],
  [
    'github-style',
    {
      dir: 'test/fixtures/providers/github-style',
      event: 'push',
      example: { ref: 'refs/heads/main', repository: { id: 1, full_name: 'octo/hello' } },
      check: { signature: SIGNATURE_PRESETS.github, secret: "It's a Secret to Everybody" },
      good: ['--secret', "It's a Secret to Everybody"],
      bad: ['--secret', 'guess'],
      uncalled: [
        ['--bearer', 't'],
        /--bearer: the spec does not call for an HTTP bearer token; it declares an HMAC signature \(X-Hub-Signature-256, preset github\)/,
      ],
    },
  ],
  [
    'http-basic',
    {
      dir: 'test/fixtures/providers/http-basic',
      event: 'AUTHORISATION',
      example: { eventCode: 'AUTHORISATION', pspReference: 'PSP1', success: true },
      check: { basic: 'adyen:s3cret' },
      good: ['--basic-auth', 'adyen:s3cret'],
      bad: ['--basic-auth', 'adyen:wrong'],
      uncalled: [
        ['--secret', 's'],
        /--secret: the spec does not call for an HMAC signature \(x-webhook-signature\); it declares HTTP basic auth \(BasicAuth\)/,
      ],
    },
  ],
];

const out = tempDir('wc-providers-');
const stops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

describe.each(PROVIDERS)('every command on the %s spec', (name, p) => {
  const spec = `${p.dir}/openapi.yaml`;

  it('lint, bundle, types, validate: exit 0', async () => {
    expect(await runCli(['lint', '--spec', spec])).toMatchObject({ code: 0 });
    expect(await runCli(['bundle', '--spec', spec, '--out', join(out, `${name}.json`)])).toMatchObject({ code: 0 });
    expect(await runCli(['types', '--spec', spec, '--out', join(out, `${name}.ts`)])).toMatchObject({ code: 0 });
    const payload = join(writeFiles({ 'payload.json': JSON.stringify(p.example) }), 'payload.json');
    expect(await runCli(['validate', '--spec', spec, '--event', p.event, payload])).toMatchObject({ code: 0 });
  });

  it('verify and diff: the pacts here belong to another provider, and they say so', async () => {
    const verify = await runCli(['verify', '--spec', spec]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(
      /^error no-pact-for-provider: no pact in contracts\/pacts is for provider \S+ \(the spec's info\.x-pact-provider\); the pacts there are for: voucherify-webhooks: no consumer is verified\n/,
    );
    const diff = await runCli(['diff', spec, spec, '--format', 'json']);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout).consumersChecked).toBe(false);
    expect(diff.stderr).toMatch(
      /^no pact in contracts\/pacts for provider \S+ covers any of the spec's events: consumers are not checked\n$/,
    );
  });

  it('verify-receiver: sends the declared credentials to a receiver that checks them', async () => {
    const receiver = providerReceiver(p.check);
    const { url, stop } = await start(receiver);
    stops.push(stop);
    const ok = await runCli(['verify-receiver', '--spec', spec, '--url', url, ...p.good]);
    // It checks credentials, not the body: only the schema-breaking probe is accepted, and only reported.
    expect(ok.stdout).toMatch(/^accepted \(reported only\) a signed body that breaks the schema: (\d) of \1 — [^\n]*\n$/);
    expect(ok.code).toBe(0);
    expect(receiver.received).toBeGreaterThan(0);
    // Every refusal is a credential probe: 2 per credential (3 or 4 for an HMAC), none a documented payload.
    expect(ok.stderr).toMatch(new RegExp(`(\\d+) refusal probe\\(s\\) sent: ${receiver.refused} refused, \\d accepted\\n$`));
    const refused = await runCli(['verify-receiver', '--spec', spec, '--url', url, ...p.bad]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^\d+ × 401: the credentials were refused: check --secret, --basic-auth, --bearer or --api-key — /);
    expect(refused.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('verify-receiver: refuses a credential the spec does not call for, naming what it declares', async () => {
    const [flags, message] = p.uncalled;
    const result = await runCli(['verify-receiver', '--spec', spec, '--url', 'http://127.0.0.1:9/x', ...p.good, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('docs: renders the event pages and the HTML', async () => {
    const result = await runCli(['docs', '--spec', spec, '--out', join(out, `${name}-docs`)]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, `${name}-docs`)).sort()).toEqual(['CHANGELOG.md', 'events', 'index.html', 'openapi.json']);
  }, 120_000);
});

describe('types --out: several specs share one folder', () => {
  it('names every file after --out, so nothing is overwritten', () => {
    const files = readdirSync(out).filter((f) => /\.ts$|\.js$/.test(f));
    expect(files.sort()).toEqual(PROVIDERS.flatMap(([name]) => [`${name}.ts`, `${name}.validators.d.ts`, `${name}.validators.js`]).sort());
  });
});

describe('the idempotency key', () => {
  it('is the declared one, made unique per delivery (Standard Webhooks style: /data/id)', async () => {
    const receiver = providerReceiver({ signature: SIGNATURE_PRESETS['standard-webhooks'], secret: SW_SECRET });
    const { url, stop } = await start(receiver);
    stops.push(stop);
    const result = await runCli([
      'verify-receiver',
      '--spec',
      'test/fixtures/providers/standard-webhooks/openapi.yaml',
      '--url',
      url,
      '--secret',
      SW_SECRET,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/idempotency/);
    const ids = receiver.bodies.map((b) => (JSON.parse(b) as { data: { id: string } }).data.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('undeclared: said once, and the payloads are sent anyway', async () => {
    const receiver = providerReceiver({ signature: SIGNATURE_PRESETS.github, secret: 'k' });
    const { url, stop } = await start(receiver);
    stops.push(stop);
    const result = await runCli([
      'verify-receiver',
      '--spec',
      'test/fixtures/providers/github-style/openapi.yaml',
      '--url',
      url,
      '--secret',
      'k',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/no idempotency key/g)).toHaveLength(1);
    expect(result.stderr).toContain(
      'the spec declares no idempotency key (x-webhook-idempotency-key): payloads are sent as documented, so a receiver that deduplicates may process only some of them\n',
    );
    expect(receiver.received).toBeGreaterThan(0);
  });

  it('absent from the payloads: said, and they are sent unchanged', async () => {
    const receiver = providerReceiver({ basic: 'a:b' });
    const { url, stop } = await start(receiver);
    stops.push(stop);
    const spec = 'test/fixtures/providers/http-basic/openapi.yaml';
    const result = await runCli([
      'verify-receiver',
      '--spec',
      spec,
      '--url',
      url,
      '--basic-auth',
      'a:b',
      '--idempotency-key',
      '/reward_redemption/id',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^idempotency key \/reward_redemption\/id from --idempotency-key is not a string in (\d+) of \1 payload\(s\): those are sent unchanged\n/,
    );
  });
});

describe('credentials from the environment', () => {
  it('takes WEBHOOK_BASIC_AUTH when no flag is given', async () => {
    const receiver = providerReceiver({ basic: 'env:user' });
    const { url, stop } = await start(receiver);
    stops.push(stop);
    process.env.WEBHOOK_BASIC_AUTH = 'env:user';
    try {
      const result = await runCli(['verify-receiver', '--spec', 'test/fixtures/providers/http-basic/openapi.yaml', '--url', url]);
      expect(result.code).toBe(0);
      expect(receiver.received).toBeGreaterThan(0);
    } finally {
      delete process.env.WEBHOOK_BASIC_AUTH;
    }
  });

  it('asks for a credential the spec declares and nobody gave', async () => {
    const result = await runCli([
      'verify-receiver',
      '--spec',
      'test/fixtures/providers/http-basic/openapi.yaml',
      '--url',
      'http://127.0.0.1:9/x',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--basic-auth: the spec declares HTTP basic auth: give it with --basic-auth or the env WEBHOOK_BASIC_AUTH/,
    );
  });
});
