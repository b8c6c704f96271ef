import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { generateValidators } from '../../../scripts/tools/codegen/generate-validators.js';
import { planNames } from '../../../scripts/tools/codegen/naming.js';

// Inside the project (tmp/ is ignored): the generated validators resolve Ajv's helpers from node_modules.
mkdirSync('tmp', { recursive: true });
const dir = relative('.', mkdtempSync(join('tmp', 'generate-validators-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A marker only the shared component's schema holds: every copy of its compiled code repeats it. */
const MARKER = 'shared-marker-7f3a';

/** `n` events whose bodies all refer to the one `Shared` component (an object with a marked enum). */
function specUsing(n: number): object {
  const webhooks: Record<string, object> = {};
  const schemas: Record<string, object> = {
    Shared: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string', enum: [MARKER, 'other'] }, note: { type: 'string', maxLength: 5 } },
    },
  };
  for (let i = 0; i < n; i++) {
    schemas[`Event${i}`] = {
      type: 'object',
      required: ['id', 'shared'],
      properties: { id: { type: 'string' }, shared: { $ref: '#/components/schemas/Shared' } },
    };
    webhooks[`thing.event_${i}`] = {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/Event${i}` } } } },
        responses: { '200': { description: 'ok' } },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, webhooks, components: { schemas } };
}

async function generate(n: number): Promise<{ js: string; path: string }> {
  const sub = mkdtempSync(join(dir, `n${n}-`));
  const specPath = join(sub, 'spec.json');
  writeFileSync(specPath, JSON.stringify(specUsing(n)));
  const spec = await loadSpec(specPath);
  const { js } = await generateValidators(spec, planNames(spec), './webhooks.js');
  const path = join(sub, 'webhooks.validators.js');
  writeFileSync(path, js);
  return { js, path };
}

const count = (text: string, what: string) => text.split(what).length - 1;

describe('generateValidators: one function per component schema', () => {
  it('compiles a component shared by 1 or 8 events once: its code appears the same number of times', async () => {
    const [one, eight] = await Promise.all([generate(1), generate(8)]);
    // The enum check and the schema constant name the marker; with the component inlined per event they
    // would appear 8 times as often.
    expect(count(eight.js, MARKER)).toBe(count(one.js, MARKER));
    expect(count(one.js, MARKER)).toBeGreaterThan(0);
    // One function per event body plus the one for Shared.
    expect(count(eight.js, '\nfunction validate')).toBe(8 + 1);
  });

  it('validates through the shared function as before: the errors point into each event payload', async () => {
    const { path } = await generate(3);
    const { validators } = (await import(pathToFileURL(path).href)) as {
      validators: Map<string, ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; keyword: string }> | null }>;
    };
    const validate = validators.get('thing.event_2');
    expect(validate?.({ id: 'a', shared: { kind: MARKER } })).toBe(true);
    expect(validate?.({ id: 'a', shared: { kind: 'nope', note: 'too long' } })).toBe(false);
    expect(validate?.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/shared/kind', 'enum'],
      ['/shared/note', 'maxLength'],
    ]);
  });
});
