import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { specCopy } from '../../helpers/spec-copy.js';
import { tempDir } from '../../helpers/temp-spec.js';

// The fault: the event pages step hits an internal TypeError (a bug), as a broken renderer would.
vi.mock('../../../scripts/tools/docs/event-pages.js', async (original) => ({
  ...(await original<typeof import('../../../scripts/tools/docs/event-pages.js')>()),
  renderEventPagesYielding: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'injected')");
  },
}));

describe('webhook-contracts docs, with a fault injected into a step', () => {
  it('exits 3 with the stack, not 2 with one line', async () => {
    const out = join(tempDir(), 'docs');
    const { code, stderr } = await runCli(['docs', '--spec', specCopy(), '--out', out]);
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /\nwebhook-contracts docs: internal error \(this is a bug, please report it\):\nTypeError: Cannot read properties of undefined \(reading 'injected'\)\n\s+at renderEventPagesYielding /,
    );
    expect(stderr).not.toContain('step "events" failed');
  });
});
