import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { historyChain } from './helpers.js';

/** What each consecutive pair of the real history changed, checked by hand against a JSON deep-diff. */
const expected: Record<string, Array<{ id: string; level: string; pointer?: string; event?: string; events?: number }>> = {
  '2025-09-18-4b5e775e.json → 2025-10-08-98a14dcd.json': [
    { id: 'optional-property-added', level: 'info', pointer: '/balance/amount', events: 17 },
  ],
  '2025-10-08-98a14dcd.json → 2025-11-19-434ca859.json': [],
  '2025-11-19-434ca859.json → 2025-11-19-a967c58d.json': [{ id: 'event-added', level: 'info', event: 'EVENTS.CUSTOMER.UPDATED' }],
  '2025-11-19-a967c58d.json → 2025-11-20-2f07edc8.json': [{ id: 'description-changed', level: 'info' }],
  '2025-11-20-2f07edc8.json → voucherify-webhooks.openapi.json': [
    { id: 'description-changed', level: 'info', pointer: '/user', event: 'EVENTS.PUBLICATION.SUCCEEDED' },
  ],
};

describe('diff over the real review history', () => {
  const chain = historyChain();
  const pairs = chain.slice(1).map((head, i) => [chain[i] as string, head] as const);

  it.each(pairs)('%s → next', async (base, head) => {
    const key = `${basename(base)} → ${basename(head)}`;
    const result = await runCli(['diff', base, head, '--compat', 'nullable', '--format', 'json', '--fail-on', 'never']);
    expect(result.code, result.stderr).toBe(0);
    const { changes } = JSON.parse(result.stdout) as {
      changes: Array<{ id: string; level: string; pointer: string; event: string; events: string[] }>;
    };
    const want = expected[key];
    expect(want, `no expectation for ${key}`).toBeDefined();
    expect(changes.map((c) => c.id)).toEqual(want?.map((w) => w.id));
    changes.forEach((change, i) => {
      const w = want?.[i];
      expect(change.level).toBe(w?.level);
      if (w?.pointer) expect(change.pointer).toBe(w.pointer);
      if (w?.event) expect(change.event).toBe(w.event);
      if (w?.events) expect(change.events).toHaveLength(w.events);
    });
  });
});
