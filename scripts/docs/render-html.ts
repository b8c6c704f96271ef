import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fromPackage } from '../lib/package-root.js';
import { redoclyBin, redoclyEnv } from '../lint/redocly.js';
import { makeOffline } from './offline-html.js';

/** Our page template for Redoc: Redocly's default plus a CSP slot and the attribution badge hidden. */
export const TEMPLATE = fromPackage('scripts/docs/redoc-template.hbs');

export interface RenderHtmlOptions {
  /** Redocly config (for `openapi:` theme options); see findConfig. */
  config: string;
  signal?: AbortSignal;
}

/**
 * Renders a bundled spec (one JSON file) into a self-contained HTML reference with `redocly build-docs
 * --inlineBundle` (Redoc's scripts inside the page: without it the page loads Redoc from a CDN and stays
 * blank offline), then makes it offline-safe. One child process: Redocly has no public API for this.
 */
export async function renderHtml(bundledJson: string, outFile: string, options: RenderHtmlOptions): Promise<void> {
  const raw = join(dirname(outFile), `.${process.pid}.redoc-raw.html`);
  const args = [redoclyBin(), 'build-docs', resolve(bundledJson), '--inlineBundle', `--output=${raw}`];
  args.push(`--template=${TEMPLATE}`, `--config=${resolve(options.config)}`, '--lint-config=off');
  try {
    await new Promise<void>((done, fail) => {
      execFile(process.execPath, args, { env: redoclyEnv(), signal: options.signal, maxBuffer: 64 * 1024 * 1024 }, (error, _out, err) => {
        if (error) fail(new Error(`redocly build-docs failed: ${lastLine(err) || error.message}`, { cause: error }));
        else done();
      });
    });
    writeFileSync(outFile, makeOffline(readFileSync(raw, 'utf8')));
  } finally {
    rmSync(raw, { force: true });
  }
}

function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  return lines.filter((l) => l && !/[║╔╚]/.test(l)).at(-1) ?? '';
}
