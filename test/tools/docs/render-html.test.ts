import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../scripts/tools/docs/render-html.js';
import { DEFAULT_CONFIG } from '../../../scripts/tools/lint/redocly.js';
import { tempDir } from '../../helpers/temp-spec.js';

const BUNDLE = readFileSync('docs/openapi.json', 'utf8');

describe('renderHtml', () => {
  it('writes the page and leaves nothing else beside it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'openapi.json'), BUNDLE);
    await renderHtml(join(dir, 'openapi.json'), join(dir, 'index.html'), { config: DEFAULT_CONFIG });
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'openapi.json']); // Redocly's raw page is gone
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('customer.reward_redemptions.completed');
  });

  it('ends when aborted', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'openapi.json'), BUNDLE);
    const abort = new AbortController();
    const render = renderHtml(join(dir, 'openapi.json'), join(dir, 'index.html'), { config: DEFAULT_CONFIG, signal: abort.signal });
    abort.abort();
    await expect(render).rejects.toThrow(/abort/i);
    expect(readdirSync(dir)).toEqual(['openapi.json']);
  });

  it("reports Redocly's failure in one line", async () => {
    const dir = tempDir();
    const config = join(dir, 'redocly.yaml');
    writeFileSync(config, 'extends: [no-such-ruleset]\n');
    writeFileSync(join(dir, 'openapi.json'), BUNDLE);
    await expect(renderHtml(join(dir, 'openapi.json'), join(dir, 'index.html'), { config })).rejects.toThrow(
      'Redocly cannot use this config: Invalid config no-such-ruleset: there is no such built-in config.',
    );
  });
});
