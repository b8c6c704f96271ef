import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { readDeclarations } from '../../../scripts/core/spec/webhook-declarations.js';
import { DEFAULT_SCHEME } from '../../../scripts/runtime/signature.js';
import { SIGNATURE_PRESETS } from '../../../scripts/runtime/signature-scheme.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const PROVIDERS = 'test/fixtures/providers';

async function declarationsOf(path: string) {
  const spec = await loadSpec(path);
  return spec.events.map((e) => [e.type, readDeclarations(spec, e)]);
}

const specWith = (overrides: Parameters<typeof minimalSpec>[0]) => `${writeFiles({ 'openapi.yaml': minimalSpec(overrides) })}/openapi.yaml`;

describe('readDeclarations', () => {
  it('reads our spec: the Voucherify scheme the library signs with by default, and the redemption id', async () => {
    const all = await declarationsOf(DEFAULT_SPEC);
    expect(all).toHaveLength(3);
    for (const [, d] of all) {
      expect(d).toEqual({
        auth: [{ kind: 'hmac', scheme: DEFAULT_SCHEME }],
        eventTypePointer: undefined,
        idempotencyKey: '/reward_redemption/id',
      });
    }
  });

  const fixtures: Array<[string, { path: string; want: object }]> = [
    [
      'Standard Webhooks style (root extensions)',
      {
        path: `${PROVIDERS}/standard-webhooks/openapi.yaml`,
        want: {
          auth: [{ kind: 'hmac', scheme: SIGNATURE_PRESETS['standard-webhooks'] }],
          eventTypePointer: '/type',
          idempotencyKey: '/data/id',
        },
      },
    ],
    [
      'GitHub style (under components)',
      {
        path: `${PROVIDERS}/github-style/openapi.yaml`,
        want: { auth: [{ kind: 'hmac', scheme: SIGNATURE_PRESETS.github }], eventTypePointer: undefined, idempotencyKey: undefined },
      },
    ],
    [
      'HTTP basic (security on the operation, event type on the operation)',
      {
        path: `${PROVIDERS}/http-basic/openapi.yaml`,
        want: { auth: [{ kind: 'basic', name: 'BasicAuth' }], eventTypePointer: '/eventCode', idempotencyKey: '/pspReference' },
      },
    ],
  ];
  it.each(fixtures)('reads %s', async (_name, { path, want }) => {
    for (const [, d] of await declarationsOf(path)) expect(d).toEqual(want);
  });

  it('takes the event type from a discriminator when no extension names it', async () => {
    const schema = {
      type: 'object',
      description: 'Body.',
      discriminator: { propertyName: 'kind' },
      properties: { kind: { type: 'string', description: 'Kind.' } },
    };
    const [[, d]] = (await declarationsOf(specWith({ schema, example: { kind: 'a' } }))) as [[string, { eventTypePointer?: string }]];
    expect(d.eventTypePointer).toBe('/kind');
  });

  const forms: Array<[string, { extra?: object; operation?: object; want: object }]> = [
    [
      'an operation that says none under a signed document',
      { extra: { 'x-webhook-signature': 'github' }, operation: { 'x-webhook-signature': 'none' }, want: { auth: [], unsigned: true } },
    ],
    [
      'the event type as a bare body pointer',
      { extra: { 'x-webhook-event-type': '/kind' }, want: { auth: [], eventTypePointer: '/kind' } },
    ],
    [
      'the event type from a header',
      {
        operation: { 'x-webhook-event-type': { header: 'X-Event-Name' } },
        want: { auth: [], eventTypeHeader: { header: 'X-Event-Name' } },
      },
    ],
    [
      'the event type from a header and a body field (under components)',
      {
        extra: { components: { 'x-webhook-event-type': { header: 'X-GitHub-Event', pointer: '/action' } } },
        want: { auth: [], eventTypeHeader: { header: 'X-GitHub-Event', pointer: '/action' } },
      },
    ],
    [
      'an object signature overriding a preset',
      {
        extra: { 'x-webhook-signature': { preset: 'github', header: 'X-Sig' } },
        want: { auth: [{ kind: 'hmac', scheme: { ...SIGNATURE_PRESETS.github, header: 'X-Sig' } }] },
      },
    ],
  ];
  it.each(forms)('reads %s', async (_name, { extra, operation, want }) => {
    const [[, d]] = (await declarationsOf(specWith({ extra, operation }))) as [[string, object]];
    expect(d).toStrictEqual({ eventTypePointer: undefined, idempotencyKey: undefined, ...want });
  });

  it('reads bearer and apiKey-in-header schemes from the document security', async () => {
    const extra = {
      security: [{ Token: [], Key: [] }],
      components: {
        securitySchemes: { Token: { type: 'http', scheme: 'bearer' }, Key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
      },
    };
    const [[, d]] = (await declarationsOf(specWith({ extra }))) as [[string, { auth: unknown }]];
    expect(d.auth).toEqual([
      { kind: 'bearer', name: 'Token' },
      { kind: 'apiKey', name: 'Key', header: 'X-Api-Key' },
    ]);
  });

  const bad: Array<[string, { extra?: object; operation?: object; message: RegExp }]> = [
    [
      'an unknown preset',
      {
        extra: { 'x-webhook-signature': 'paypal' },
        message:
          /^openapi\.yaml:\d+:\d+ \(\/x-webhook-signature\): x-webhook-signature must be one of voucherify, standard-webhooks, github, stripe, none \(see docs\/guides\/authentication\.md\)$/,
      },
    ],
    [
      'a misspelt field on the operation',
      {
        operation: { 'x-webhook-signature': { preset: 'github', algoritm: 'sha1' } },
        message: /\(\/webhooks\/thing\.happened\/post\/x-webhook-signature\/algoritm\): x-webhook-signature unknown field "algoritm"/,
      },
    ],
    [
      'an idempotency key that is not a pointer',
      {
        extra: { 'x-webhook-idempotency-key': 'id' },
        message: /\(\/x-webhook-idempotency-key\): x-webhook-idempotency-key must name a JSON pointer into the body, such as "\/id"$/,
      },
    ],
    [
      'an event-type header that is not a header name',
      {
        operation: { 'x-webhook-event-type': { header: 'X Event' } },
        message:
          /\(\/webhooks\/thing\.happened\/post\/x-webhook-event-type\/header\): x-webhook-event-type header must be an HTTP header name$/,
      },
    ],
    [
      'an event-type object with an unknown field',
      {
        extra: { 'x-webhook-event-type': { field: '/type' } },
        message: /\(\/x-webhook-event-type\/field\): x-webhook-event-type must be a body pointer .*: unknown field "field"$/,
      },
    ],
    [
      'oauth2 security only',
      {
        extra: { security: [{ OAuth: [] }], components: { securitySchemes: { OAuth: { type: 'oauth2', flows: {} } } } },
        message:
          /\(\/security\): no security requirement here can be sent: \/security\/0: "OAuth" is oauth2, which a webhook sender cannot be checked with here \(use an http basic/,
      },
    ],
  ];
  it.each(bad)('refuses %s with file:line and the pointer', async (_name, { extra, operation, message }) => {
    const spec = await loadSpec(specWith({ extra, operation }));
    const error = (() => {
      try {
        readDeclarations(spec, spec.events[0] as (typeof spec.events)[number]);
      } catch (e) {
        return e as { name: string; toLine(): string };
      }
    })();
    expect(error?.name).toBe('InputError');
    expect(error?.toLine().replace(/^.*?openapi\.yaml/, 'openapi.yaml')).toMatch(message);
  });
});
