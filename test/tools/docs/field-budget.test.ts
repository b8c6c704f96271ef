import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { markdownText } from '../../../scripts/core/text/markdown.js';
import { renderEventPage } from '../../../scripts/tools/docs/event-page.js';
import { fieldRows, MAX_BRANCH_PRODUCT, MAX_FIELD_ROWS } from '../../../scripts/tools/docs/field-rows.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

/** Issue 24, item 5: a page has budgets; nested unions and very wide bodies are cut, and the page says where. */
function nestedUnions(depth: number): object {
  const schemas: Record<string, object> = { L0: { type: 'string', description: 'Leaf.' } };
  for (let d = 1; d <= depth; d++) {
    const next = { $ref: `#/components/schemas/L${d - 1}` };
    schemas[`L${d}`] = {
      description: `Level ${d}.`,
      oneOf: [
        { type: 'object', title: `A${d}`, properties: { a: next, x: { type: 'string', description: 'X.' } } },
        { type: 'object', title: `B${d}`, properties: { b: next, y: { type: 'string', description: 'Y.' } } },
      ],
    };
  }
  return minimalSpec({ schema: { $ref: `#/components/schemas/L${depth}` }, example: 'x', extra: { components: { schemas } } });
}

async function load(spec: object) {
  const dir = writeFiles({ 'openapi.json': JSON.stringify(spec) });
  return loadSpec(join(dir, 'openapi.json'));
}

describe('docs budgets', () => {
  it.each([14, 16])('%i nested two-branch oneOfs: unions expanded up to the branch product, then named only', async (depth) => {
    const spec = await load(nestedUnions(depth));
    const event = spec.events[0];
    const rows = fieldRows(spec.document, event?.body?.schema, event?.body?.schemaPointer);
    expect(rows.length).toBeLessThanOrEqual(MAX_BRANCH_PRODUCT * 8);
    expect(rows.limit).toBe(`too many combinations at #/components/schemas/L${depth - 5}/oneOf/0/properties/a; showing ${rows.length}`);
    const page = renderEventPage(spec.document, event as NonNullable<typeof event>);
    expect(page.length).toBeLessThan(256 * 1024);
    expect(page).toContain(`_${markdownText(rows.limit as string)}._`);
    expect(markdownText(rows.limit as string)).toBe(
      `too many combinations at \\#/components/schemas/L${depth - 5}/oneOf/0/properties/a; showing ${rows.length}`,
    );
  });

  it('a body of 4,000 fields: the table stops at MAX_FIELD_ROWS and says where', async () => {
    const properties = Object.fromEntries(
      Array.from({ length: 4000 }, (_, i) => [`f${i}`, { type: ['string', 'null'], description: 'A field.' }]),
    );
    const spec = await load(minimalSpec({ schema: { type: 'object', description: 'Wide.', properties }, example: {} }));
    const event = spec.events[0];
    const rows = fieldRows(spec.document, event?.body?.schema, event?.body?.schemaPointer);
    expect(rows.length).toBe(MAX_FIELD_ROWS);
    expect(rows.limit).toBe(
      `too many combinations at #/webhooks/thing.happened/post/requestBody/content/application~1json/schema/properties/f${MAX_FIELD_ROWS}; showing ${MAX_FIELD_ROWS}`,
    );
  });

  it('a small union is expanded in full, with no limit', async () => {
    const spec = await load(nestedUnions(3));
    const rows = fieldRows(spec.document, spec.events[0]?.body?.schema, spec.events[0]?.body?.schemaPointer);
    expect([rows.length, rows.limit]).toEqual([28, undefined]);
  });
});
