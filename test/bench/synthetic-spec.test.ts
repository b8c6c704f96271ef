import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticSpec } from '../../bench/synthetic-spec.js';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { tempDir } from '../helpers/temp-spec.js';

type Doc = { webhooks: Record<string, unknown>; components: { schemas: Record<string, unknown> } };

describe('syntheticSpec over a pool of shared components', () => {
  it.each([
    [10, 8],
    [500, 400],
  ])('%i events over %i component schemas, every one of them used, and it loads', async (events, components) => {
    const doc = syntheticSpec(events, { components }) as Doc;
    expect(Object.keys(doc.webhooks)).toHaveLength(events);
    expect(Object.keys(doc.components.schemas)).toHaveLength(components);
    const text = JSON.stringify(doc.webhooks) + JSON.stringify(doc.components.schemas);
    for (const name of Object.keys(doc.components.schemas)) expect(text).toContain(`"#/components/schemas/${name}"`);
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'spec.json'), JSON.stringify(doc));
      expect((await loadSpec(join(dir, 'spec.json'))).events).toHaveLength(events);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the head variant adds one event and changes the shared customer', () => {
    const base = syntheticSpec(10, { components: 8 }) as Doc;
    const head = syntheticSpec(10, { components: 8, variant: 'head' }) as Doc;
    expect(Object.keys(head.webhooks)).toEqual([...Object.keys(base.webhooks), 'synthetic.added']);
    expect(head.components.schemas.Customer).not.toEqual(base.components.schemas.Customer);
  });
});
