// `npm run screenshots`: the two pictures in the README, made from the project itself in headless Chromium
// (Debian's `chromium` through playwright-core, as the browser test does; nothing leaves file://):
//   docs/images/docs-page.png   the HTML reference `npm run docs` renders, at the COMPLETED event
//   docs/images/pr-comment.png  the Markdown report `diff --format markdown` posts as a PR comment
// The spec change behind the PR comment is made on a copy of openapi/ (see CHANGES), never on openapi/.
// The verdict's emoji needs a colour-emoji font (Debian: apt-get install -y fonts-noto-color-emoji).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { launchChromium, recordRequests } from '../../test/helpers/browser.js';
import { runCli } from '../../test/helpers/cli.js';
import { makeNullable, specCopy } from '../../test/helpers/spec-copy.js';
import { DEFAULT_SPEC } from '../core/spec/default-spec.js';
import { buildDocs } from '../tools/docs/build-docs.js';

const OUT = resolve(import.meta.dirname, '../../docs/images');
const COMPLETED = 'customer.reward_redemptions.completed';

/** A realistic pull request: a field a consumer reads made nullable, a new enum value, a reworded description. */
const CHANGES = {
  'schemas/Reward.yaml': makeNullable('name'),
  'schemas/RewardRedemption.yaml': (t: string) =>
    t.replace('enum: [CREATED, PENDING, COMPLETED, ROLLEDBACK]', 'enum: [CREATED, PENDING, COMPLETED, ROLLEDBACK, EXPIRED]'),
  'schemas/Category.yaml': (t: string) => t.replace('Whether vouchers of this category', 'Whether the vouchers of this category'),
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'wc-screenshots-'));
  const browser = await launchChromium();
  try {
    const requests = await recordRequests(browser);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });

    await buildDocs({ specPath: DEFAULT_SPEC, outDir: join(work, 'docs'), strict: false, steps: [] });
    await page.goto(pathToFileURL(join(work, 'docs', 'index.html')).href);
    await page.getByText(COMPLETED, { exact: false }).first().click();
    await page.waitForTimeout(500); // Redoc scrolls to the section
    await page.screenshot({ path: join(OUT, 'docs-page.png') });

    const diff = await runCli(['diff', DEFAULT_SPEC, '--spec', specCopy(CHANGES), '--format', 'markdown', '--fail-on', 'never']);
    if (diff.code > 1) throw new Error(`diff failed: ${diff.stderr}`);
    const markdown = diff.stdout;
    const comment = join(work, 'pr-comment.html');
    writeFileSync(comment, commentPage(await marked.parse(markdown)));
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(pathToFileURL(comment).href);
    await page.locator('.comment').screenshot({ path: join(OUT, 'pr-comment.png') });

    const fetched = requests.filter((url) => !/^(file|data|blob):/.test(url));
    if (fetched.length > 0) throw new Error(`a page asked for something outside file://: ${fetched.join(', ')}`);
    console.log(`wrote ${join(OUT, 'docs-page.png')} and ${join(OUT, 'pr-comment.png')}`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The report in a frame like a pull-request comment, styled plainly (no web fonts, no request). */
function commentPage(body: string): string {
  return `<!doctype html><meta charset="utf-8"><style>
body { margin: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; max-width: 860px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
.head b { color: #1f2328; }
.body { padding: 4px 16px 8px; }
h2 { font-size: 1.4em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h3 { font-size: 1.15em; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; text-align: left; }
th { background: #f6f8fa; }
code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; font-size: 85%; }
</style><div class="comment"><div class="head"><b>github-actions</b> bot commented</div><div class="body">${body}</div></div>`;
}

await main();
