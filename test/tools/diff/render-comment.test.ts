import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { diffSpecs } from '../../../scripts/tools/diff/diff-specs.js';
import { GITHUB_COMMENT_LIMIT, renderComment } from '../../../scripts/tools/diff/render-comment.js';
import { MARKDOWN_MARKER, renderMarkdown } from '../../../scripts/tools/diff/render-markdown.js';
import type { DiffReport } from '../../../scripts/tools/diff/types.js';
import { tempDir } from '../../helpers/temp-spec.js';

/** A spec with `count` events, each with its own small body. */
function spec(count: number): object {
  const webhooks = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `resource_${i}.updated`,
      {
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
          responses: { '200': { description: 'accepted' } },
        },
      },
    ]),
  );
  return { openapi: '3.1.0', info: { title: 'many', version: '1' }, webhooks };
}

let removed: DiffReport;
beforeAll(async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'base.json'), JSON.stringify(spec(3000)));
  writeFileSync(join(dir, 'head.json'), JSON.stringify(spec(1)));
  removed = diffSpecs(await loadSpec(join(dir, 'base.json')), await loadSpec(join(dir, 'head.json')), { today: '2026-06-01' });
});

describe("renderComment: the PR comment stays under GitHub's limit", () => {
  it('cuts the report of thousands of removed events to a summary with a pointer to the full report', () => {
    const full = renderMarkdown(removed);
    expect(removed.summary.breaking).toBeGreaterThan(0);
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const comment = renderComment(removed, { fullReport: 'artifact spec-diff-report at https://github.com/o/r/actions/runs/1' });
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment.startsWith(`${MARKDOWN_MARKER}\n## Webhook contract changes\n\n❌ **`)).toBe(true);
    expect(comment).toContain(
      `> The full report (${removed.changes.length} changes, ${full.length} characters) is over the 65536-character limit of a comment, so this is its summary. Full report: artifact spec-diff-report at https://github.com/o/r/actions/runs/1.`,
    );
    expect(comment).toContain('\n### Changes by event\n');
    expect(comment).toMatch(/\n- … and \d+ more events\n$/);
  });

  it('keeps the whole report when it fits exactly, and cuts it one character below', () => {
    const full = renderMarkdown(removed);
    expect(renderComment(removed, { limit: full.length })).toBe(full);
    const cut = renderComment(removed, { limit: full.length - 1 });
    expect(cut).not.toBe(full);
    expect(cut.length).toBeLessThanOrEqual(full.length - 1);
  });

  it.each([2_000, 10_000, 30_000])('fits any limit (%i characters) with as many event rows as room allows', (limit) => {
    const comment = renderComment(removed, { limit, fullReport: 'spec-diff.md' });
    expect(comment.length).toBeLessThanOrEqual(limit);
    const rows = comment.split('\n').filter((l) => l.startsWith('- `resource_'));
    expect(rows.length).toBeGreaterThan(0);
    // The room is used: less than two rows (about 36 characters each) are left over.
    expect(comment.length).toBeGreaterThan(limit - 2 * 40);
    expect(rows[0]).toBe('- `resource_1.updated`: 1 breaking');
  });
});
