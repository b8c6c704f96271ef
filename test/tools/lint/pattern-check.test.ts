import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { checkSignatureDeclarations } from '../../../scripts/tools/lint/pattern-check.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const twoEvents = (first: object, second: object) => {
  const spec = minimalSpec() as { webhooks: Record<string, { post: object }> };
  const op = spec.webhooks['thing.happened']?.post as object;
  spec.webhooks = { 'thing.happened': { post: { ...op, ...first } }, 'other.thing': { post: { ...op, operationId: 'other', ...second } } };
  return `${writeFiles({ 'openapi.yaml': spec })}/openapi.yaml`;
};

describe('webhook-signature-explicit', () => {
  it('reports an event unsigned by omission where another is signed', async () => {
    const spec = await loadSpec(twoEvents({ 'x-webhook-signature': 'github' }, {}));
    expect(checkSignatureDeclarations(spec)).toEqual([
      expect.objectContaining({
        id: 'webhook-signature-explicit',
        level: 'error',
        message:
          'other.thing declares no x-webhook-signature while other events are signed: declare its scheme, or "x-webhook-signature: none" if it is really sent unsigned',
        location: expect.objectContaining({ pointer: '/webhooks/other.thing/post' }),
      }),
    ]);
  });

  it.each([
    ['declared none', { 'x-webhook-signature': 'none' }],
    ['signed too', { 'x-webhook-signature': 'stripe' }],
  ])('accepts the other event %s', async (_name, second) => {
    expect(checkSignatureDeclarations(await loadSpec(twoEvents({ 'x-webhook-signature': 'github' }, second)))).toEqual([]);
  });

  it('accepts a spec that signs nothing', async () => {
    expect(checkSignatureDeclarations(await loadSpec(twoEvents({}, {})))).toEqual([]);
  });
});
