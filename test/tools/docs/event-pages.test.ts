import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { eventFileName, renderEventPages } from '../../../scripts/tools/docs/event-pages.js';

describe('renderEventPages', () => {
  it('renders the COMPLETED page: headers, every field at every depth, example, responses', async () => {
    const files = renderEventPages(await loadSpec('openapi/openapi.yaml'));
    const page = files.get('events/customer.reward_redemptions.completed.md') as string;
    expect(page).toContain('| `reward_assignment.parameters.loyalty.points` | `integer` |  | yes |');
    expect(page).toContain('| `X-Voucherify-Signature` | yes |');
    // Regenerate with `npm run test:snapshots:update` after a deliberate change to the spec or the renderer.
    await expect(page).toMatchFileSnapshot('./__snapshots__/customer.reward_redemptions.completed.md');
  });

  it('indexes every event in events/README.md', async () => {
    const files = renderEventPages(await loadSpec('openapi/openapi.yaml'));
    expect([...files.keys()].sort()).toEqual([
      'events/README.md',
      'events/customer.reward_redemptions.completed.md',
      'events/customer.reward_redemptions.created.md',
      'events/customer.reward_redemptions.pending.md',
    ]);
    expect(files.get('events/README.md')).toContain(
      '| [`customer.reward_redemptions.completed`](customer.reward_redemptions.completed.md) | Reward redemption completed |  |',
    );
  });

  it('keeps HTML from the spec as text, and pipes and newlines inside their table cell', async () => {
    const files = renderEventPages(await loadSpec('test/fixtures/docs/unsafe/openapi.yaml'));
    const page = files.get('events/thing.happened.md') as string;
    const outsideCodeBlocks = page.replace(/^```[\s\S]*?^```$/gm, '');
    expect(outsideCodeBlocks).not.toMatch(/<script|<img/);
    expect(page).toContain('"note": "<script>window.__pwned = \'example\'</script>"'); // inside a code block: text
    expect(page).toContain('Event &lt;script&gt;window.__pwned');
    expect(page).toContain(
      '| `note` | `string` |  | no |  | A note with a \\| pipe, &lt;img src=x onerror="window.__pwned=\'field\'"&gt; and a second line. |',
    );
  });

  it('stops a recursive schema with a pointer row', async () => {
    const files = renderEventPages(await loadSpec('test/fixtures/docs/recursive/openapi.yaml'));
    const page = files.get('events/tree.grown.md') as string;
    expect(page).toContain('| `children[]` | `object` |  |  |  | (recursive: see `(body)`) |');
    expect(page).toContain('| `parent` | `object` | yes | no |  | (recursive: see `(body)`) |');
  });

  it.each([
    ['a safe type keeps its name', { given: ['a.b-c_d'], want: ['a.b-c_d.md'] }],
    ['unsafe characters are replaced', { given: ['a/b c'], want: ['a_b_c.md'] }],
    ['collisions and README get a suffix', { given: ['a/b', 'a_b', 'README'], want: ['a_b.md', 'a_b-2.md', 'README-2.md'] }],
  ])('eventFileName: %s', (_name, { given, want }) => {
    const taken = new Set<string>();
    expect(given.map((type) => eventFileName(type, taken))).toEqual(want);
  });
});
