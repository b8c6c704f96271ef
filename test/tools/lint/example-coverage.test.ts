import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { examplesAllCovered } from '../../../scripts/tools/lint/example-coverage.js';
import { EXAMPLE_RULE, lintSpec } from '../../../scripts/tools/lint/lint-spec.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function load(spec: object) {
  const dir = writeFiles({ 'openapi.yaml': spec });
  dirs.push(dir);
  return { spec: await loadSpec(join(dir, 'openapi.yaml')), path: join(dir, 'openapi.yaml') };
}

const JSON_BODY = { type: 'object', description: 'A body.', properties: { id: { type: 'string', description: 'An id.' } } };
const withExample = { 'application/json': { schema: JSON_BODY, examples: { one: { value: { id: 'x' } } } } };

describe('our example check covers every media-type example (then Redocly does not repeat it)', () => {
  it.each<[string, object, boolean]>([
    ['webhook bodies only', minimalSpec(), true],
    [
      'a webhook body by $ref to components.requestBodies',
      minimalSpec({
        operation: { requestBody: { $ref: '#/components/requestBodies/Thing' } },
        extra: { components: { requestBodies: { Thing: { required: true, content: withExample } } } },
      }),
      true,
    ],
    [
      'an example on a webhook response',
      minimalSpec({ operation: { responses: { '200': { description: 'ok', content: withExample } } } }),
      false,
    ],
    [
      'an example on a paths operation',
      minimalSpec({ extra: { paths: { '/things': { get: { responses: { '200': { description: 'ok', content: withExample } } } } } } }),
      false,
    ],
    [
      'a second media type with an example in the webhook body',
      minimalSpec({
        operation: {
          requestBody: {
            required: true,
            content: { ...withExample, 'application/xml': { schema: JSON_BODY, example: '<id>x</id>' } },
          },
        },
      }),
      false,
    ],
    [
      'a header with content and an example, in components',
      minimalSpec({ extra: { components: { headers: { H: { content: withExample } } } } }),
      false,
    ],
    [
      'a callback of a webhook with an example',
      minimalSpec({
        operation: {
          callbacks: { later: { '{$request.body#/url}': { post: { requestBody: { content: withExample }, responses: {} } } } },
        },
      }),
      false,
    ],
  ])('%s', async (_name, document, covered) => {
    expect(examplesAllCovered((await load(document)).spec)).toBe(covered);
  });

  it("an invalid example on a webhook response is still reported, by Redocly's rule", async () => {
    const bad = { 'application/json': { schema: JSON_BODY, examples: { one: { value: { id: 7 } } } } };
    const { path } = await load(minimalSpec({ operation: { responses: { '200': { description: 'ok', content: bad } } } }));
    const result = await lintSpec(path);
    expect(result.findings.map((f) => [f.id, f.location.pointer])).toContainEqual([
      'no-invalid-media-type-examples',
      '/webhooks/thing.happened/post/responses/200/content/application~1json/examples/one/value/id',
    ]);
  });

  it('an invalid webhook body example is reported once, by ours, when Redocly skips its rule', async () => {
    const { path } = await load(minimalSpec({ example: { id: 7 } }));
    const result = await lintSpec(path);
    expect(result.findings.map((f) => [f.id, f.message])).toEqual([
      [EXAMPLE_RULE, 'example "basic" of thing.happened: /id must be string'],
    ]);
  });
});
