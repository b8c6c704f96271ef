import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import type { Changelog } from '../../../scripts/tools/changelog/types.js';
import { eventFileName, renderEventPages } from '../../../scripts/tools/docs/event-pages.js';
import { pactIndex, readProviderPacts } from '../../../scripts/tools/pacts/pact-index.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

/** A page without its History section and contents entry: what renderEventPages writes without a changelog. */
function withoutHistory(page: string): string {
  return page.replace('- [History](#history)\n', '').replace(/^## History\n[\s\S]*?(?=^## )/m, '');
}

/** The consumers of this repository's pacts, as `npm run docs` reads them. */
const OURS = await loadSpec('openapi/openapi.yaml');
const PACTS = {
  reads: pactIndex(
    readProviderPacts('contracts/pacts', OURS.document),
    OURS.events.map((e) => e.type),
  ),
  source: 'contracts/pacts',
};

describe('renderEventPages', () => {
  it('renders the COMPLETED page: key fields, contents, consumers, headers, one table per top-level object, example, responses', async () => {
    const files = renderEventPages(await loadSpec(DEFAULT_SPEC), { consumers: PACTS });
    const page = files.get('events/customer.reward_redemptions.completed.md') as string;
    expect(page).toContain('| `reward_assignment.parameters.loyalty.points` | `integer` |  | yes |');
    expect(page).toContain('Delivered as an HTTP `POST` with an `application/json` body.');
    expect(page).toContain('| `X-Voucherify-Signature` | yes |');
    // The golden is the committed page (`npm run docs` rewrites it after a deliberate change to the spec or the
    // renderer). Its History comes from git: checkDocs compares it, with the history, in check-docs.test.ts.
    expect(page).toBe(withoutHistory(readFileSync('docs/events/customer.reward_redemptions.completed.md', 'utf8')));
  });

  it('indexes every event in events/README.md', async () => {
    const files = renderEventPages(await loadSpec(DEFAULT_SPEC));
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

  it('keeps a pipe in an event name or a header name inside its cell, and breaks lines between constraints', async () => {
    const document = minimalSpec({
      schema: {
        type: 'object',
        description: 'The body.',
        properties: { code: { type: 'string', description: 'A code.', format: 'uuid', pattern: '^a|b$' } },
      },
      example: { code: '7d3f5a30-6c5b-4b8e-9d5e-2b7c1e0f9a11' },
      operation: { parameters: [{ name: 'X-A|B', in: 'header', required: true, schema: { type: 'string' }, description: 'A header.' }] },
    }) as { webhooks: Record<string, unknown> };
    document.webhooks = { 'a|b': document.webhooks['thing.happened'] };
    const dir = writeFiles({ 'openapi.yaml': document });
    const page = renderEventPages(await loadSpec(join(dir, 'openapi.yaml'))).get('events/a_b.md') as string;
    expect(page).toContain('| Event type | `a\\|b` (the webhook key) |');
    expect(page).toContain('| `X-A\\|B` | yes |');
    expect(page).toContain('| `code` | `string` |  | no | `format: uuid`<br>`pattern: ^a\\|b$` | A code. |');
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

  it('shows the consumers of the COMPLETED event and who reads each field, from contracts/pacts', async () => {
    const page = renderEventPages(await loadSpec(DEFAULT_SPEC), { consumers: PACTS }).get(
      'events/customer.reward_redemptions.completed.md',
    ) as string;
    expect(page).toMatch(
      /^\| `loyalty-ledger` \| 4 \| `customer\.id`, `reward_assignment\.parameters\.loyalty\.points`, .*`voucher\.loyalty_card\.points` \|$/m,
    );
    expect(page).toMatch(
      /^\| `reward-mailer` \| 13 \| `customer\.email`, `customer\.name`, `publication\.id`, .*`reward_redemption\.id` \|$/m,
    );
    expect(page).toMatch(/^\| `reward_redemption\.id` \| `string` \| {2}\| yes \| .* \| loyalty-ledger, reward-mailer \|$/m);
    expect(page).toMatch(/^\| `customer\.email` \| `string` \| yes \| no \| .* \| reward-mailer \|$/m);
    expect(page).toMatch(/^\| `holder\.email` \| `string` \| yes \| no \| .* \| _no one_ \|$/m);
    expect(page).toMatch(/^\d+ of \d+ documented field\(s\) are read by no consumer: changing them breaks none of the pacts above\.$/m);
  });

  it.each(['created', 'pending'])('says no pact covers the %s event, and adds no "Read by" column', async (name) => {
    const page = renderEventPages(await loadSpec(DEFAULT_SPEC), { consumers: PACTS }).get(
      `events/customer.reward_redemptions.${name}.md`,
    ) as string;
    expect(page).toContain("## Consumers\n\n_No consumer's pact in `contracts/pacts` covers this event: no field is known to be read._");
    expect(page).not.toContain('| Read by |');
  });

  it('lists the history of the event, linked to the changelog, with commit subjects escaped', async () => {
    const change = {
      id: 'optional-property-added' as const,
      level: 'info' as const,
      pointer: '/note',
      message: 'optional property "note" added',
    };
    const changelog: Changelog = {
      spec: 'spec/openapi.yaml',
      entries: [
        {
          commit: 'abcdef0123456789',
          date: '2024-01-02',
          subject: 'Notes <script>alert(1)</script> [x](javascript:alert(1))',
          tag: 'v2',
          kind: 'changed',
          changes: [
            {
              ...change,
              event: 'thing.happened',
              events: ['thing.happened'],
              usages: [{ event: 'thing.happened', pointer: '/note' }],
              consumers: [],
              location: { file: '', line: 0, col: 0, pointer: '' },
            },
          ],
        },
        {
          commit: '0123456789abcdef',
          date: '2024-01-01',
          subject: 'First',
          tag: null,
          kind: 'introduced',
          events: ['thing.happened'],
          changes: [],
        },
      ],
    };
    const page = renderEventPages(await loadSpec('test/fixtures/docs/unsafe/openapi.yaml'), { changelog }).get('events/thing.happened.md');
    expect(page).toContain(
      [
        '## History',
        '',
        'The last changes to this event, newest first (the whole history: [the changelog](../CHANGELOG.md)).',
        '',
        '- 2024-01-02 · [`abcdef0`](../CHANGELOG.md#c-abcdef0) · Notes &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) (`v2`)',
        '  - **info** `optional-property-added` at `/note`: optional property "note" added',
        '- 2024-01-01 · [`0123456`](../CHANGELOG.md#c-0123456) · First',
        '  - the event was documented',
      ].join('\n'),
    );
  });
});

describe('event page summaries', () => {
  it('renders a multi-paragraph summary with a note as Markdown, not in ** **, and its HTML as text', async () => {
    const { minimalSpec, writeFiles } = await import('../../helpers/temp-spec.js');
    const summary = 'Sent when a thing happens.\n\n> [!NOTE]\n> Retries repeat it: <b>dedupe</b> by `id`.';
    const dir = writeFiles({ 'openapi.yaml': minimalSpec({ operation: { summary } }) });
    const page = renderEventPages(await loadSpec(`${dir}/openapi.yaml`)).get('events/thing.happened.md') as string;
    expect(page).toContain('\n\nSent when a thing happens.\n\n> [!NOTE]\n> Retries repeat it: &lt;b&gt;dedupe&lt;/b&gt; by `id`.\n\n');
    expect(page).not.toContain('**Sent when');
  });
});
