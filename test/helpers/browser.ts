import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'install chromium (apt-get install -y chromium)';
export const hasChromium = () => existsSync(CHROMIUM);

/** Headless Chromium with a fresh profile and everything that would phone home switched off. */
export async function launchChromium(): Promise<BrowserContext> {
  if (!hasChromium()) throw new Error(`no browser at ${CHROMIUM}: ${INSTALL_HINT}`);
  const profile = mkdtempSync(join(tmpdir(), 'wc-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Records every request of a context; anything that is not `file:`, `data:` or `blob:` is recorded and aborted. */
export async function recordRequests(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    seen.push(url);
    return route.abort('blockedbyclient');
  });
  return seen;
}

/** Collects Content-Security-Policy violations (a request or script the page's policy blocked) into `window.__csp`. */
export const CSP_RECORDER = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;
