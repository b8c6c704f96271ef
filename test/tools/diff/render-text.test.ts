import { describe, expect, it } from 'vitest';
import { renderText } from '../../../scripts/tools/diff/render-text.js';
import { diffFixture } from './fixtures.js';

describe('renderText', () => {
  it('prints one line per change and the counts', async () => {
    expect(renderText(await diffFixture('shared-component-dedupe'))).toBe(
      'WARNING  optional-property-removed order.created (+1 more) /note: optional property "note" removed\n0 breaking, 1 warning(s), 0 info\n',
    );
  });
});
