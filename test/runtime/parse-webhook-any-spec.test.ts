import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../scripts/core/atomic-write.js';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { type GeneratedSpec, parseWebhook } from '../../scripts/runtime/parse-webhook.js';
import { signatureHeaders } from '../../scripts/runtime/signature.js';
import { SIGNATURE_PRESETS } from '../../scripts/runtime/signature-scheme.js';
import { generateArtifacts } from '../../scripts/tools/codegen/generate-artifacts.js';

// Inside the project (tmp/ is ignored): the generated validators resolve ajv-formats from node_modules.
mkdirSync('tmp', { recursive: true });
const dir = relative('.', mkdtempSync(join('tmp', 'parse-any-spec-')));
const SECRET = `whsec_${Buffer.from('a key of thirty-two bytes, exact').toString('base64')}`;
const NOW = 1_700_000_000;
let acme: GeneratedSpec;

beforeAll(async () => {
  const spec = await loadSpec('test/fixtures/providers/standard-webhooks/openapi.yaml');
  for (const file of await generateArtifacts(spec, join(dir, 'acme.ts'), 'npx webhook-contracts types'))
    writeFileAtomic(file.path, file.content);
  acme = (await import(pathToFileURL(resolve(dir, 'acme.validators.js')).href)) as GeneratedSpec;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = JSON.stringify({
  type: 'invoice.voided',
  timestamp: '2024-05-14T08:00:00Z',
  data: { id: 'inv_2', amount: 300, currency: 'USD' },
});
const headers = signatureHeaders(body, SECRET, { scheme: SIGNATURE_PRESETS['standard-webhooks'], id: 'msg_1', timestamp: NOW });

describe("parseWebhook with another spec's generated module", () => {
  it("carries the spec's declarations: Standard Webhooks signature, event type at /type, idempotency key", () => {
    expect(acme.declarations?.get('invoice.paid')).toEqual({
      signature: SIGNATURE_PRESETS['standard-webhooks'],
      eventTypePointer: '/type',
      eventTypeHeader: null,
      idempotencyKey: '/data/id',
    });
  });

  it('verifies the declared scheme and finds the event in the body, without eventType', () => {
    expect(parseWebhook({ rawBody: body, headers, secret: SECRET, spec: acme, now: NOW })).toEqual({
      type: 'invoice.voided',
      payload: JSON.parse(body),
    });
  });

  it('refuses a replay outside the declared tolerance', () => {
    expect(() => parseWebhook({ rawBody: body, headers, secret: SECRET, spec: acme, now: NOW + 301 })).toThrow(
      expect.objectContaining({ name: 'SignatureError', reason: 'stale' }),
    );
  });

  it('refuses a body whose type the spec does not document', () => {
    const other = body.replace('invoice.voided', 'invoice.lost');
    const signed = signatureHeaders(other, SECRET, { scheme: SIGNATURE_PRESETS['standard-webhooks'], id: 'msg_1', timestamp: NOW });
    expect(() => parseWebhook({ rawBody: other, headers: signed, secret: SECRET, spec: acme, now: NOW })).toThrow(
      expect.objectContaining({
        name: 'UnknownEventError',
        message: 'the body\'s event type at /type is "invoice.lost" (known: invoice.paid, invoice.voided)',
      }),
    );
  });
});
