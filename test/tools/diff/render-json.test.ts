import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../scripts/tools/diff/render-json.js';
import { diffFixture } from './fixtures.js';

describe('renderJson', () => {
  it('has the stable documented shape', async () => {
    const json = JSON.parse(renderJson(await diffFixture('shared-component-dedupe')));
    expect(json).toEqual({
      changes: [
        {
          id: 'optional-property-removed',
          level: 'warning',
          event: 'order.created',
          events: ['order.created', 'order.paid'],
          pointer: '/note',
          usages: [
            { event: 'order.created', pointer: '/note' },
            { event: 'order.paid', pointer: '/note' },
          ],
          message: 'optional property "note" removed',
          consumers: [],
          location: {
            file: 'test/fixtures/diff/shared-component-dedupe.head.yaml',
            line: 38,
            col: 9,
            pointer: '/components/schemas/Order/properties',
          },
        },
      ],
      summary: { breaking: 0, warning: 1, info: 0 },
      consumersChecked: false,
    });
  });

  it('gives event null to a change outside every event', async () => {
    const report = await diffFixture('no-change');
    expect(JSON.parse(renderJson(report))).toEqual({ changes: [], summary: { breaking: 0, warning: 0, info: 0 }, consumersChecked: false });
  });
});
