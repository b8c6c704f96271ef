import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../scripts/core/atomic-write.js';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { type GeneratedSpec, parseWebhook } from '../../scripts/runtime/parse-webhook.js';
import { signatureHeaders } from '../../scripts/runtime/signature.js';
import { SIGNATURE_PRESETS } from '../../scripts/runtime/signature-scheme.js';
import { generateArtifacts } from '../../scripts/tools/codegen/generate-artifacts.js';
import { writeFiles } from '../helpers/temp-spec.js';

mkdirSync('tmp', { recursive: true });
const dir = relative('.', mkdtempSync(join('tmp', 'fail-closed-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GITHUB = SIGNATURE_PRESETS.github;
const SECRET = 'a-github-secret';

/** A spec of two events, `note.added` and `money.sent`, with the given declarations. */
function twoEvents(declare: { note?: object; money?: object; root?: object }): object {
  const event = (type: string, extra: object | undefined) => ({
    post: {
      operationId: type.replace('.', '_'),
      summary: type,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', required: ['type'], properties: { type: { const: type }, amount: { type: 'integer' } } },
          },
        },
      },
      responses: { '2XX': { description: 'Accepted' } },
      ...extra,
    },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Mixed', version: '1.0.0' },
    ...declare.root,
    webhooks: { 'note.added': event('note.added', declare.note), 'money.sent': event('money.sent', declare.money) },
  };
}

let n = 0;
async function generated(spec: object): Promise<GeneratedSpec> {
  const path = `${writeFiles({ 'openapi.yaml': spec })}/openapi.yaml`;
  const out = join(dir, `spec${++n}.ts`);
  for (const file of await generateArtifacts(await loadSpec(path), out, 'test')) writeFileAtomic(file.path, file.content);
  return (await import(pathToFileURL(resolve(out.replace(/\.ts$/, '.validators.js'))).href)) as GeneratedSpec;
}

const forged = JSON.stringify({ type: 'money.sent', amount: 1_000_000 });
const note = JSON.stringify({ type: 'note.added' });

describe('parseWebhook fails closed (issue 22)', () => {
  it('refuses to generate a spec where an event is unsigned only because nothing is declared', async () => {
    await expect(
      generated(twoEvents({ money: { 'x-webhook-signature': 'github' }, root: { 'x-webhook-event-type': { pointer: '/type' } } })),
    ).rejects.toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: 'note.added declares no x-webhook-signature while other events are signed',
        hint: 'declare its scheme, or "x-webhook-signature: none" if it is really sent unsigned',
      }),
    );
  });

  it('a forged unsigned delivery naming the signed event in its body is refused: the event is decided first, then its scheme checked', async () => {
    const spec = await generated(
      twoEvents({
        note: { 'x-webhook-signature': 'none' },
        money: { 'x-webhook-signature': 'github' },
        root: { 'x-webhook-event-type': { pointer: '/type' } },
      }),
    );
    expect(() => parseWebhook({ rawBody: forged, headers: {}, secret: SECRET, spec })).toThrow(
      expect.objectContaining({ name: 'SignatureError', reason: 'missing', message: 'the X-Hub-Signature-256 header is missing' }),
    );
    const signed = signatureHeaders(forged, SECRET, { scheme: GITHUB });
    expect(parseWebhook({ rawBody: forged, headers: signed, secret: SECRET, spec }).type).toBe('money.sent');
    // The event declared unsigned is accepted unsigned: the spec says so explicitly.
    expect(parseWebhook({ rawBody: note, headers: {}, secret: SECRET, spec }).type).toBe('note.added');
  });

  it('the same with a module generated before the rule (no eventTypeHeader, the unsigned event first): still refused', async () => {
    const current = await generated(
      twoEvents({
        note: { 'x-webhook-signature': 'none' },
        money: { 'x-webhook-signature': 'github' },
        root: { 'x-webhook-event-type': { pointer: '/type' } },
      }),
    );
    const declarations = new Map<string, { signature: unknown; eventTypePointer: string | null; idempotencyKey: string | null }>();
    current.declarations?.forEach(({ signature, eventTypePointer, idempotencyKey }, type) => {
      declarations.set(type, { signature, eventTypePointer, idempotencyKey });
    });
    const spec = { validators: current.validators, declarations } as GeneratedSpec;
    expect(() => parseWebhook({ rawBody: forged, headers: {}, secret: SECRET, spec })).toThrow(
      expect.objectContaining({ name: 'SignatureError', reason: 'missing' }),
    );
  });

  it('where events are signed differently and nothing names the event, the body is not matched by shape: UnknownEventError', async () => {
    const spec = await generated(twoEvents({ note: { 'x-webhook-signature': 'none' }, money: { 'x-webhook-signature': 'github' } }));
    expect(() => parseWebhook({ rawBody: forged, headers: {}, secret: SECRET, spec })).toThrow(
      expect.objectContaining({
        name: 'UnknownEventError',
        message: 'the spec signs its events differently and declares no x-webhook-event-type: pass eventType (for example from the route)',
      }),
    );
    expect(() => parseWebhook({ rawBody: forged, headers: {}, secret: SECRET, spec, eventType: 'money.sent' })).toThrow(
      expect.objectContaining({ name: 'SignatureError', reason: 'missing' }),
    );
  });

  it('a secret for a spec that declares no scheme is an error at the call, not silently ignored', async () => {
    const spec = await generated(twoEvents({}));
    expect(() => parseWebhook({ rawBody: note, headers: {}, secret: SECRET, spec, eventType: 'note.added' })).toThrow(
      expect.objectContaining({
        name: 'TypeError',
        message:
          'secret was given, but the spec declares no signature scheme (x-webhook-signature), so nothing would check it: declare the scheme, pass `scheme`, or leave out `secret`',
      }),
    );
    expect(parseWebhook({ rawBody: note, headers: {}, spec, eventType: 'note.added' }).type).toBe('note.added');
  });

  it('no secret where the event is signed: a TypeError naming the header', async () => {
    const spec = await generated(twoEvents({ root: { 'x-webhook-signature': 'github' } }));
    expect(() => parseWebhook({ rawBody: note, headers: {}, spec, eventType: 'note.added' })).toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'secret is required: the spec signs note.added (X-Hub-Signature-256)' }),
    );
  });

  describe('the event type from a header (x-webhook-event-type: { header, pointer? })', () => {
    const headerSpec = (pointer?: string) =>
      twoEvents({
        root: { 'x-webhook-signature': 'github', 'x-webhook-event-type': { header: 'X-Event-Name', ...(pointer ? { pointer } : {}) } },
      });

    it('reads the header, then checks the signature', async () => {
      const spec = await generated(headerSpec());
      const headers = { ...signatureHeaders(note, SECRET, { scheme: GITHUB }), 'x-event-name': 'note.added' };
      expect(parseWebhook({ rawBody: note, headers, secret: SECRET, spec }).type).toBe('note.added');
      expect(() => parseWebhook({ rawBody: note, headers: { ...headers, 'x-event-name': 'nope' }, secret: SECRET, spec })).toThrow(
        expect.objectContaining({
          name: 'UnknownEventError',
          message: 'the X-Event-Name header names "nope" (known: note.added, money.sent)',
        }),
      );
      expect(() =>
        parseWebhook({ rawBody: note, headers: signatureHeaders(note, SECRET, { scheme: GITHUB }), secret: SECRET, spec }),
      ).toThrow(
        expect.objectContaining({
          name: 'UnknownEventError',
          message: 'the X-Event-Name header is missing (known: note.added, money.sent)',
        }),
      );
    });

    it('with a pointer: the header and the body\'s action joined ("note" + "added")', async () => {
      const spec = await generated(headerSpec('/action'));
      const body = JSON.stringify({ type: 'note.added', action: 'added' });
      const headers = { ...signatureHeaders(body, SECRET, { scheme: GITHUB }), 'X-Event-Name': 'note' };
      expect(parseWebhook({ rawBody: body, headers, secret: SECRET, spec }).type).toBe('note.added');
    });
  });
});
