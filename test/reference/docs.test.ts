import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-spec.js';
import { REFERENCE_SPEC } from './helpers.js';

describe("docs on Voucherify's published spec", () => {
  it('renders all 72 events without --strict, reporting the lint problems as a summary', async () => {
    const out = join(tempDir('wc-ref-docs-'), 'docs');
    const result = await runCli(['docs', '--spec', REFERENCE_SPEC, '--compat', 'nullable', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/docs: lint .*\d+ error\(s\)/);
    const pages = readdirSync(join(out, 'events')).filter((f) => f !== 'README.md');
    expect(pages).toHaveLength(72);
    const completed = readFileSync(join(out, 'events', pages.find((p) => /REWARD_REDEMPTIONS\.COMPLETED/.test(p)) as string), 'utf8');
    expect(completed).toContain('reward_assignment.parameters.loyalty.points');
    // Nothing the page would fetch (a plain <a href> link is not a request).
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/\bsrc="https?:|<link[^>]+href="https?:|url\(['"]?https?:/);
  });
});
