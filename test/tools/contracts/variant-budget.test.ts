import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { documentedPayloads } from '../../../scripts/tools/contracts/documented-payloads.js';
import { MAX_VARIANTS } from '../../../scripts/tools/contracts/variants.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

/** Issue 24, item 5: the variant generator has a budget, and holds no payload it has not been asked for. */
async function wideSpec(fields: number) {
  const names = Array.from({ length: fields }, (_, i) => `f${i}`);
  const schema = {
    type: 'object',
    description: 'Wide.',
    properties: Object.fromEntries(names.map((n) => [n, { type: ['string', 'null'], description: 'A field.' }])),
  };
  const dir = writeFiles({
    'openapi.json': JSON.stringify(minimalSpec({ schema, example: Object.fromEntries(names.map((n) => [n, 'v'])) })),
  });
  return loadSpec(join(dir, 'openapi.json'));
}

describe('variant budget', () => {
  it.each([2_000, 4_000])(
    '%i optional nullable fields: capped at MAX_VARIANTS, said so, each payload built only when read',
    async (fields) => {
      const [event] = documentedPayloads(await wideSpec(fields));
      expect(event?.variants).toHaveLength(MAX_VARIANTS);
      expect(event?.limit).toBe(
        `too many combinations at #/webhooks/thing.happened/post/requestBody/content/application~1json/schema; showing ${MAX_VARIANTS}`,
      );
      // What the generator keeps per variant is its name, path and change, not a copy of the payload.
      const kept = JSON.stringify(event?.variants.map(({ name, path, change }) => ({ name, path, change })));
      expect(kept.length).toBeLessThan(MAX_VARIANTS * 100);
      expect(Object.getOwnPropertyDescriptor(event?.variants[1], 'payload')?.get).toBeTypeOf('function');
      const variant = event?.variants.find((v) => v.name === 'f7 is null') as { payload: unknown };
      expect((variant.payload as Record<string, unknown>).f7).toBeNull();
      expect(Object.keys(variant.payload as object)).toHaveLength(fields);
    },
    120_000,
  );

  it('a small body is not capped', async () => {
    const [event] = documentedPayloads(await wideSpec(10));
    expect([event?.variants.length, event?.limit]).toEqual([41, undefined]);
  });
});
