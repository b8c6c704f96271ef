import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { buildDocs } from '../../../scripts/tools/docs/build-docs.js';
import { livingDocs } from '../../../scripts/tools/docs/living-docs.js';
import { CHROMIUM, CSP_RECORDER, hasChromium, INSTALL_HINT, launchChromium, recordRequests } from '../../helpers/browser.js';
import { scratchRepo } from '../../helpers/scratch-git.js';
import { tempDir } from '../../helpers/temp-spec.js';

const ARTIFACTS = 'test-results/docs-browser';
const COMPLETED = 'reward-redemptions/customerrewardredemptionscompleted';
// In CI a missing browser fails (launchChromium throws the install hint in beforeAll); elsewhere it is skipped, visibly.
const run = hasChromium() || Boolean(process.env.CI);
if (!run) console.warn(`NOTICE: docs browser tests skipped: no browser at ${CHROMIUM}; ${INSTALL_HINT}`);

async function render(spec: string, pacts?: string, strict = true): Promise<string> {
  const out = join(tempDir(), 'docs');
  const living = livingDocs(spec, pacts ? { pacts: { dir: pacts, label: pacts } } : {});
  await buildDocs({ specPath: spec, outDir: out, strict, living: living.gather, steps: living.step ? [living.step] : [] });
  return pathToFileURL(join(out, 'index.html')).href;
}

/** A spec whose only change was committed under a subject that tries every way into the page. */
const HOSTILE_SUBJECT = `Note <img src=x onerror="window.__pwned='subject'"> **bold** [link](javascript:window.__pwned='link') <script>window.__pwned='script'</script>`;
function hostileHistory(): { spec: string; dispose: () => void } {
  const repo = scratchRepo('wc-docs-xss-');
  const spec = (extra: string) => `openapi: 3.1.0
info: {title: Things, version: 1.0.0}
tags: [{name: Things, description: Things.}]
webhooks:
  thing.happened:
    post:
      summary: A thing happened
      description: A thing happened.
      operationId: thingHappened
      tags: [Things]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              description: The thing.
              properties:
                id: {type: string, description: Its id.}
${extra}      responses:
        '200': {description: accepted}
`;
  repo.commit('Things', { 'spec/openapi.yaml': spec('') });
  repo.commit(HOSTILE_SUBJECT, { 'spec/openapi.yaml': spec('                note: {type: string, description: A note.}\n') });
  return { spec: join(repo.dir, 'spec/openapi.yaml'), dispose: repo.dispose };
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(CSP_RECORDER);
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  await page
    .getByText('Reward redemptions', { exact: true })
    .or(page.getByText('Things', { exact: true }))
    .first()
    .waitFor();
  return page;
}

const row = (page: Page, path: string) => page.locator(`[id="${COMPLETED}/t=request&path=${path}"]`);

/** Opens a property in Redoc's schema tree and waits for `child` (nested rows render lazily, once scrolled to). */
async function expand(page: Page, path: string, child: string): Promise<void> {
  await row(page, path).scrollIntoViewIfNeeded();
  const nested = row(page, path).locator(':scope > [data-schema-nested-open]');
  if ((await nested.getAttribute('data-schema-nested-open')) !== 'true') await nested.locator(':scope > button').click();
  await expect
    .poll(async () => {
      await nested
        .locator(':scope [aria-hidden]')
        .first()
        .scrollIntoViewIfNeeded({ timeout: 1000 })
        .catch(() => {});
      return row(page, child).count();
    })
    .toBeGreaterThan(0);
}

describe.runIf(run)('the rendered HTML reference in a real browser', () => {
  let context: BrowserContext;
  let requests: string[];

  beforeAll(async () => {
    context = await launchChromium();
    requests = await recordRequests(context);
  });
  afterAll(async () => context?.close());

  it('lists the three events, shows nested fields and the example of COMPLETED, and fetches nothing', async () => {
    const url = await render(DEFAULT_SPEC, 'contracts/pacts');
    const page = await open(context, url);
    await page.getByText('Reward redemptions', { exact: true }).first().click();
    for (const summary of ['created', 'pending', 'completed']) {
      await expect.poll(() => page.getByText(`Reward redemption ${summary}`, { exact: true }).first().isVisible()).toBe(true);
    }
    await page.getByText('Reward redemption completed', { exact: true }).first().click();
    const levels = [
      'reward_assignment',
      'reward_assignment/parameters',
      'reward_assignment/parameters/loyalty',
      'reward_assignment/parameters/loyalty/points',
    ];
    for (let i = 0; i + 1 < levels.length; i++) await expand(page, levels[i] as string, levels[i + 1] as string);
    const points = row(page, 'reward_assignment/parameters/loyalty/points');
    await points.scrollIntoViewIfNeeded();
    await expect.poll(() => points.isVisible()).toBe(true);
    expect((await points.textContent())?.replace(/\u200b/g, '')).toMatch(
      /^reward_assignment\.parameters\.loyalty\.points\s*integer\s*required/,
    );
    const section = page.locator(`[id="${COMPLETED}"]`);
    await expect.poll(() => section.getByText('"cust_2myfc5acSBgoMV72R5tyTBc8"').first().isVisible()).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'completed.png') });
    expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([]);
    // Nothing was blocked either, except Redoc's search probing for `Function()` (it then searches without a worker).
    const blocked = await page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp);
    expect(blocked.filter((v) => v !== 'script-src eval')).toEqual([]);
    await page.close();
  });

  it('runs no script smuggled into descriptions or examples, and opens no dialog', async () => {
    const url = await render('test/fixtures/docs/unsafe/openapi.yaml');
    const page = await open(context, url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByText('Things', { exact: true }).first().click();
    await page.getByText('A thing happened', { exact: true }).first().click();
    await page.waitForTimeout(500); // give an injected onerror handler its chance
    await page.screenshot({ path: join(ARTIFACTS, 'unsafe.png'), fullPage: true });
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([]);
    // Redoc strips the handlers; the page's CSP also blocks the smuggled images' own loads (img-src).
    const blocked = await page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp);
    expect(blocked.filter((v) => v !== 'script-src eval' && !v.startsWith('img-src '))).toEqual([]);
    await page.close();
  });

  it('shows the consumers and the history of COMPLETED in its description', async () => {
    const page = await open(context, await render(DEFAULT_SPEC, 'contracts/pacts'));
    await page.getByText('Reward redemptions', { exact: true }).first().click();
    await page.getByText('Reward redemption completed', { exact: true }).first().click();
    const section = page.locator(`[id="${COMPLETED}"]`);
    for (const text of ['Consumers', 'History']) {
      await expect.poll(() => section.getByText(text, { exact: true }).first().isVisible()).toBe(true);
    }
    const consumers = section.locator('table').filter({ hasText: 'Fields it reads' }).first();
    await expect.poll(() => consumers.textContent()).toMatch(/loyalty-ledger\s*4\s*customer\.id/);
    expect(await consumers.textContent()).toMatch(/reward-mailer\s*13\s*customer\.email/);
    const link = section.locator('a[href^="CHANGELOG.md#c-"]').first();
    expect(await link.textContent()).toMatch(/^[0-9a-f]{7}$/);
    await section.getByText('History', { exact: true }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'completed-living.png') });
    await page.close();
  });

  it('shows a hostile commit subject as text in the history: no script, no link, no dialog', async () => {
    const hostile = hostileHistory();
    try {
      const page = await open(context, await render(hostile.spec, undefined, false)); // a minimal spec: lint warnings do not matter here
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const item = page.locator('li').filter({ hasText: 'window.__pwned' }).first();
      await page.getByText('+ Show', { exact: true }).first().click(); // Redoc folds a webhook without a tag group
      await item.scrollIntoViewIfNeeded();
      await expect.poll(() => item.isVisible()).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, 'hostile-subject.png') });
      expect(await item.textContent()).toContain(HOSTILE_SUBJECT);
      expect(await item.locator('img, script, a[href^="javascript"]').count()).toBe(0);
      expect(await item.locator('strong', { hasText: 'bold' }).count()).toBe(0);
      await page.waitForTimeout(500); // give an injected onerror handler its chance
      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await page.close();
    } finally {
      hostile.dispose();
    }
  });
});
