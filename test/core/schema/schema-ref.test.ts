import { describe, expect, it } from 'vitest';
import { normOf } from '../../../scripts/core/schema/norm-of.js';
import { componentName, followRefs, refName } from '../../../scripts/core/schema/schema-ref.js';

describe('what a $ref names', () => {
  it.each([
    ['#/components/schemas/Customer', { component: 'Customer', name: 'Customer' }],
    ['#/components/schemas/a~1b', { component: 'a/b', name: 'a/b' }],
    ['#/components/schemas/Customer/properties/id', { component: undefined, name: 'id' }],
    ['#/$defs/Money', { component: undefined, name: 'Money' }],
    ['other.yaml#/components/schemas/Customer', { component: undefined, name: undefined }],
    ['/components/schemas/Customer', { component: undefined, name: undefined }],
  ])('%s', (ref, { component, name }) => {
    expect(componentName(ref)).toBe(component);
    expect(refName(ref)).toBe(name);
  });

  it('followRefs names the last component it passes through, and stops at a ref into another document', () => {
    const document = { components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' } } } };
    const followed = followRefs(document, { node: { $ref: '#/components/schemas/A' }, pointer: '#/x' });
    expect(followed).toMatchObject({
      refName: 'B',
      refs: ['#/components/schemas/A', '#/components/schemas/B'],
      ref: { pointer: '#/components/schemas/B' },
    });
    expect(followRefs(document, { node: { $ref: 'other.yaml#/B' }, pointer: '#/y' }).refs).toEqual([]);
  });
});

describe('normOf: one normalization per document, node and pointer', () => {
  const document = { components: { schemas: { A: { type: 'object', properties: { id: { type: 'string' } } } } } };
  const node = document.components.schemas.A;

  it('gives the same Norm for the same node and pointer', () => {
    expect(normOf(document, { node, pointer: '#/components/schemas/A' })).toBe(
      normOf(document, { node, pointer: '#/components/schemas/A' }),
    );
  });

  it('keeps pointers apart: a Norm carries the pointers its readers report', () => {
    const atRoot = normOf(document, { node, pointer: '' });
    const inPlace = normOf(document, { node, pointer: '#/components/schemas/A' });
    expect(atRoot).not.toBe(inPlace);
    expect(atRoot.properties.get('id')?.pointer).toBe('/properties/id');
    expect(inPlace.properties.get('id')?.pointer).toBe('#/components/schemas/A/properties/id');
  });

  it('keeps documents apart', () => {
    const copy = structuredClone(document);
    expect(normOf(copy, { node, pointer: '#/components/schemas/A' })).not.toBe(
      normOf(document, { node, pointer: '#/components/schemas/A' }),
    );
  });
});
