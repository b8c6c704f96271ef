import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPacts } from '../../../scripts/tools/diff/pacts.js';
import { MARKDOWN_MARKER, renderMarkdown } from '../../../scripts/tools/diff/render-markdown.js';
import { diffFixture } from './fixtures.js';

const PACTS = resolve(import.meta.dirname, '../../fixtures/diff-pacts');

// Snapshots are files under __snapshots__/, rewritten only by `npm run test:snapshots:update`.
describe('renderMarkdown', () => {
  it('renders a review as a PR comment, with consumers', async () => {
    const report = await diffFixture('review', { pacts: readPacts(PACTS, ['order.created', 'order.paid', 'order.refunded']) });
    await expect(renderMarkdown(report)).toMatchFileSnapshot('__snapshots__/review.md.snap');
  });

  it('says when no pact files were read', async () => {
    await expect(renderMarkdown(await diffFixture('review'))).toMatchFileSnapshot('__snapshots__/review-no-pacts.md.snap');
  });

  it('starts with the marker a workflow looks for, and says when nothing changed', async () => {
    expect(renderMarkdown(await diffFixture('ref-renamed'))).toBe(
      `${MARKDOWN_MARKER}\n## Webhook contract changes\n\n✅ **No change** to the webhook contracts.\n`,
    );
  });
});
