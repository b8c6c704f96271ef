import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRender } from '../../../scripts/tools/docs/render-html.js';
import { DEFAULT_CONFIG } from '../../../scripts/tools/lint/redocly.js';
import { tempDir } from '../../helpers/temp-spec.js';

const BUNDLE = readFileSync('docs/openapi.json', 'utf8');

describe('startRender', () => {
  it('writes the same page whether Redocly waits on the pipe for the bundle or reads a file', async () => {
    const pages = await Promise.all(
      [true, false].map(async (pipe) => {
        const dir = tempDir();
        const render = startRender(dir, join(dir, 'index.html'), { config: DEFAULT_CONFIG, pipe });
        await render.feed(BUNDLE);
        await render.done;
        expect(readdirSync(dir)).toEqual(['index.html']); // the pipe and Redocly's raw page are gone
        return readFileSync(join(dir, 'index.html'), 'utf8');
      }),
    );
    expect(pages[0]).toContain('customer.reward_redemptions.completed');
    expect(pages[0]).toBe(pages[1]);
  });

  it('ends, without waiting for a bundle, when aborted before the bundle came (a spec that failed to load)', async () => {
    const dir = tempDir();
    const abort = new AbortController();
    const render = startRender(dir, join(dir, 'index.html'), { config: DEFAULT_CONFIG, signal: abort.signal });
    abort.abort();
    await expect(render.done).rejects.toThrow(/abort/i);
    await expect(render.feed(BUNDLE)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("reports Redocly's failure, and the feed does not hang, when Redocly ends before it reads the pipe", async () => {
    const dir = tempDir();
    const config = join(dir, 'redocly.yaml');
    writeFileSync(config, 'extends: [no-such-ruleset]\n');
    const render = startRender(dir, join(dir, 'index.html'), { config });
    await expect(render.done).rejects.toThrow(
      'redocly build-docs failed: - Invalid config no-such-ruleset: there is no such built-in config.',
    );
    await expect(render.feed(BUNDLE)).rejects.toThrow('redocly build-docs failed');
  });
});
