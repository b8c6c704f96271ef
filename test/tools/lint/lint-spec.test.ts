import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { lintSpec } from '../../../scripts/tools/lint/lint-spec.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const spec = (overrides: Parameters<typeof minimalSpec>[0]) => `${writeFiles({ 'openapi.yaml': minimalSpec(overrides) })}/openapi.yaml`;

describe('lintSpec', () => {
  it('passes the project spec with no finding', async () => {
    const result = await lintSpec(DEFAULT_SPEC);
    expect(result.findings).toEqual([]);
  });

  it('passes a minimal conforming spec (each rule below stays silent on it)', async () => {
    expect((await lintSpec(spec({}))).findings).toEqual([]);
  });

  it("asks for examples of the delivered (request) body only, not of the receiver's answers", async () => {
    const answer = {
      description: 'Accepted.',
      content: { 'application/json': { schema: { type: 'object', description: 'The answer.' } } },
    };
    expect((await lintSpec(spec({ operation: { responses: { '200': answer } } }))).findings).toEqual([]);
  });

  // Each case breaks one rule; the finding must name that rule at that place.
  const cases: Array<[string, { given: Parameters<typeof minimalSpec>[0]; want: { id: string; pointer: string; lineHas: string } }]> = [
    [
      'a webhook without an example',
      {
        given: {
          operation: { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'x' } } } } },
        },
        want: {
          id: 'rule/webhook-example',
          pointer: '/webhooks/thing.happened/post/requestBody/content/application~1json',
          lineHas: 'application/json:',
        },
      },
    ],
    [
      'a webhook without a request body',
      {
        given: { operation: { requestBody: undefined } },
        want: { id: 'rule/webhook-request-body', pointer: '/webhooks/thing.happened/post', lineHas: 'post:' },
      },
    ],
    [
      'a request body that is not required',
      {
        given: {
          operation: { requestBody: { content: { 'application/json': { schema: { type: 'object', description: 'x' }, example: {} } } } },
        },
        want: {
          id: 'rule/webhook-request-body-required',
          pointer: '/webhooks/thing.happened/post/requestBody/required',
          lineHas: 'content:',
        },
      },
    ],
    [
      'a property without a description',
      {
        given: { schema: { type: 'object', description: 'Body.', properties: { id: { type: 'string' } } } },
        want: {
          id: 'rule/property-description',
          pointer: '/webhooks/thing.happened/post/requestBody/content/application~1json/schema/properties/id/description',
          lineHas: 'type: string',
        },
      },
    ],
    [
      'an empty property description',
      {
        given: { schema: { type: 'object', description: 'Body.', properties: { id: { type: 'string', description: '' } } } },
        want: {
          id: 'rule/property-description',
          pointer: '/webhooks/thing.happened/post/requestBody/content/application~1json/schema/properties/id/description',
          lineHas: 'description: ""',
        },
      },
    ],
    [
      'the 3.0 keyword nullable in a 3.1 spec',
      {
        given: {
          schema: { type: 'object', description: 'Body.', properties: { id: { type: 'string', nullable: true, description: 'Id.' } } },
        },
        want: {
          id: 'rule/no-nullable',
          pointer: '/webhooks/thing.happened/post/requestBody/content/application~1json/schema/properties/id/nullable',
          lineHas: 'nullable: true',
        },
      },
    ],
    [
      'an example that breaks its schema',
      { given: { example: { id: 42 } }, want: { id: 'webhook-example-valid', pointer: '/id', lineHas: 'id: 42' } },
    ],
  ];

  it.each(cases)('reports %s', async (_name, { given, want }) => {
    const path = spec(given);
    const { findings } = await lintSpec(path);
    const finding = findings.find((f) => f.id === want.id);
    expect(finding, JSON.stringify(findings, null, 2)).toBeDefined();
    expect(finding).toMatchObject({ level: 'error', location: { pointer: want.pointer } });
    // The reported line is the one that holds the offending node.
    const line = readFileSync(path, 'utf8').split('\n')[(finding?.location.line ?? 0) - 1];
    expect(line).toContain(want.lineHas);
  });

  it.each([
    ['without --compat: an error', [], 'error', /^`nullable` is an OpenAPI 3\.0 keyword that 3\.1 ignores/],
    [
      'with --compat nullable: a warning, since every command honours it',
      ['nullable' as const],
      'warning',
      /because of `--compat nullable`/,
    ],
  ])('reports nullable %s', async (_name, compat, level, message) => {
    const schema = { type: 'object', description: 'Body.', properties: { id: { type: 'string', nullable: true, description: 'Id.' } } };
    const { findings } = await lintSpec(spec({ schema, example: { id: null } }), { compat });
    const nullable = findings.filter((f) => f.id === 'rule/no-nullable');
    expect(nullable).toHaveLength(1);
    expect(nullable[0]).toMatchObject({
      level,
      location: { pointer: '/webhooks/thing.happened/post/requestBody/content/application~1json/schema/properties/id/nullable' },
    });
    expect(nullable[0]?.message).toMatch(message);
    // The example's null is valid exactly when nullable is honoured.
    expect(findings.some((f) => f.id === 'webhook-example-valid')).toBe(compat.length === 0);
  });

  it('reports every broken field of an example, not only the first', async () => {
    const schema = {
      type: 'object',
      description: 'Body.',
      properties: {
        at: { type: 'string', format: 'date-time', description: 'When.' },
        kind: { type: 'string', enum: ['A', 'B'], description: 'Kind.' },
        email: { type: 'string', description: 'Email.' },
      },
    };
    const { findings } = await lintSpec(spec({ schema, example: { at: '2024-05-13T10: 24: 01.084Z', kind: 'C', email: null } }));
    const ours = findings
      .filter((f) => f.id === 'webhook-example-valid')
      .map((f) => [f.location.pointer, f.message.replace(/^.*?: \/\S* /, '')]);
    expect(ours).toEqual([
      ['/at', 'must be a valid date-time'],
      ['/kind', 'must be one of "A", "B"'],
      ['/email', 'must be string'],
    ]);
  });
});

describe('lintSpec completeness', () => {
  it("reports every Redocly problem, past Redocly's default cap of 100", async () => {
    // 150 properties without a description: 150 problems of one rule, each at its own pointer.
    const properties = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${i}`, { type: 'string' }]));
    const { findings } = await lintSpec(spec({ schema: { type: 'object', description: 'Body.', properties } }));
    const pointers = findings.filter((f) => f.id === 'rule/property-description').map((f) => f.location.pointer.split('/').at(-2));
    expect(new Set(pointers).size).toBe(150);
    expect(pointers).toContain('p149');
  });
});

describe('lintSpec locations', () => {
  it('names files relative to the working directory, for a spec in a subfolder', async () => {
    mkdirSync('tmp', { recursive: true });
    const dir = writeFiles(
      { 'openapi.yaml': minimalSpec({ operation: { requestBody: undefined } }) },
      mkdtempSync(join('tmp', 'lint-sub-')),
    );
    const { findings } = await lintSpec(join(dir, 'openapi.yaml'));
    expect(findings.map((f) => [f.id, f.location.file])).toEqual([['rule/webhook-request-body', join(dir, 'openapi.yaml')]]);
  });
});

describe('lintSpec reads a webhook body as its provider sends it', () => {
  const schema = {
    type: 'object',
    description: 'Body.',
    required: ['id'],
    properties: {
      id: { type: 'string', readOnly: true, description: 'Made by the server.' },
      secret: { type: 'string', writeOnly: true, description: 'Only ever sent to the server.' },
    },
  };

  it('accepts a readOnly field in an example (Redocly alone says "must NOT be present in request context")', async () => {
    expect((await lintSpec(spec({ schema, example: { id: 't_1' } }))).findings).toEqual([]);
  });

  it('accepts it in an example written in a file of its own, reached by $ref', async () => {
    const document = minimalSpec({ schema });
    const media = (document as { webhooks: Record<string, { post: { requestBody: { content: Record<string, object> } } }> }).webhooks[
      'thing.happened'
    ]?.post.requestBody.content['application/json'] as Record<string, unknown>;
    media.examples = { basic: { $ref: './examples/basic.yaml' } };
    const dir = writeFiles({ 'openapi.yaml': document, 'examples/basic.yaml': { summary: 'Basic', value: { id: 't_1' } } });
    expect((await lintSpec(join(dir, 'openapi.yaml'))).findings).toEqual([]);
  });

  it('rejects a writeOnly field, where the field is', async () => {
    const path = spec({ schema, example: { id: 't_1', secret: 's' } });
    const { findings } = await lintSpec(path);
    expect(findings.map((f) => [f.id, f.location.pointer, f.message])).toEqual([
      [
        'webhook-example-valid',
        '/secret',
        'example "basic" of thing.happened: /secret is writeOnly, so it must not be in a webhook body: the provider sends the body, as it sends a response; remove the field from the example (or `writeOnly` from its schema)',
      ],
    ]);
    expect(readFileSync(path, 'utf8').split('\n')[(findings[0]?.location.line ?? 0) - 1]).toContain('secret: s');
  });
});

describe('lintSpec starts Redocly beside the load', () => {
  // Redocly would block for ever reading the FIFO the spec refers to; our loader refuses it first, and the
  // Redocly run started meanwhile must be stopped, not left behind.
  it('stops Redocly when the load fails: a $ref to a FIFO', async () => {
    const dir = writeFiles({ 'openapi.yaml': minimalSpec({ schema: { $ref: './body.yaml' } }) });
    execFileSync('mkfifo', [join(dir, 'body.yaml')]);
    const spec = join(dir, 'openapi.yaml');
    await expect(lintSpec(spec)).rejects.toThrow(/FIFO/);
    const running = () => execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).includes(spec);
    for (let i = 0; i < 100 && running(); i++) await new Promise((done) => setTimeout(done, 100));
    expect(running()).toBe(false);
  });
});
