import { resolve } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_MARKER, renderMarkdown } from '../../../scripts/tools/diff/render-markdown.js';
import type { Change, DiffReport } from '../../../scripts/tools/diff/types.js';
import { pactIndex, readProviderPacts } from '../../../scripts/tools/pacts/pact-index.js';
import { diffFixture } from './fixtures.js';
import { KEYWORD_PAIRS } from './pairs/keywords.js';

const PACTS = resolve(import.meta.dirname, '../../fixtures/diff-pacts');

// Snapshots are files under __snapshots__/, rewritten only by `npm run test:snapshots:update`.
describe('renderMarkdown', () => {
  it('renders a review as a PR comment, with consumers', async () => {
    const report = await diffFixture('review', {
      pacts: pactIndex(readProviderPacts(PACTS, { info: {} } as OpenAPIV3_1.Document), ['order.created', 'order.paid', 'order.refunded']),
    });
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

describe('renderMarkdown on a 50-change diff', () => {
  const EVENTS = ['order.created', 'order.paid', 'order.refunded'];
  /** 50 real findings from the keyword pairs, spread over three events and one shared pair. */
  async function fiftyChanges(consumersChecked: boolean): Promise<DiffReport> {
    const names = Object.keys(KEYWORD_PAIRS).sort();
    const changes: Change[] = [];
    for (const name of names) {
      for (const c of (await diffFixture(name)).changes) {
        if (changes.length === 50 || c.events.length === 0) continue;
        const events = changes.length % 5 === 0 ? EVENTS.slice(0, 2) : [EVENTS[changes.length % 3] as string];
        changes.push({ ...c, event: events[0] as string, events, usages: events.map((event) => ({ event, pointer: c.pointer })) });
      }
    }
    const summary = { breaking: 0, warning: 0, info: 0 };
    for (const c of changes) summary[c.level]++;
    return { changes, summary, consumersChecked, eventPages: Object.fromEntries(EVENTS.map((e) => [e, `docs/events/${e}.md`])) };
  }

  it('groups by event, each linked to its page, one line per change', async () => {
    const report = await fiftyChanges(false);
    const text = renderMarkdown(report);
    const lines = text.split('\n');
    expect(report.changes.length).toBe(50);
    expect(lines.filter((l) => l.startsWith('- ')).length).toBe(50);
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([
      expect.stringContaining('[`order.'),
      expect.stringContaining('[`order.'),
      expect.stringContaining('[`order.'),
      expect.stringContaining('[`order.'),
    ]);
    expect(text).toContain('### 2 events: [`order.created`](docs/events/order.created.md), [`order.paid`](docs/events/order.paid.md)');
    expect(text).not.toContain('consumers:');
  });

  it('shows consumers on every line only when pacts were read', async () => {
    const lines = renderMarkdown(await fiftyChanges(true))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(lines.every((l) => / · consumers: /.test(l))).toBe(true);
  });
});
