import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromPackage } from '../../core/package-root.js';
import { configError, lastLine, redoclyArgs, redoclyEnv } from '../lint/redocly.js';
import { makeOffline } from './offline-html.js';

/** Our page template for Redoc: Redocly's default plus a CSP slot and the attribution badge hidden. */
export const TEMPLATE = fromPackage('scripts/tools/docs/redoc-template.hbs');

export interface RenderHtmlOptions {
  /** Redocly config (for `openapi:` theme options); see findConfig. */
  config: string;
  signal?: AbortSignal;
}

/**
 * Renders a bundled spec into a self-contained HTML reference with `redocly build-docs --inlineBundle`
 * (Redoc's scripts inside the page: without it the page loads Redoc from a CDN and stays blank offline),
 * then makes it offline-safe. One child process: Redocly has no public API for this.
 *
 * `bundleFile` must be the checked bundle (every `$ref` internal): the caller starts the render only after
 * the spec loaded. The child runs offline (see offline-preload.mjs): a `$ref` inside example data, which
 * Redocly would otherwise try to resolve, is never fetched.
 */
export async function renderHtml(bundleFile: string, outFile: string, options: RenderHtmlOptions): Promise<void> {
  const raw = join(resolve(outFile, '..'), `.redoc-raw-${process.pid}.html`);
  const args = [...redoclyArgs(), 'build-docs', resolve(bundleFile), '--inlineBundle', `--output=${raw}`];
  args.push(`--template=${TEMPLATE}`, `--config=${resolve(options.config)}`, '--lint-config=off');
  try {
    await new Promise<void>((done, fail) => {
      execFile(process.execPath, args, { env: redoclyEnv(), signal: options.signal, maxBuffer: 64 * 1024 * 1024 }, (error, _out, err) => {
        if (error)
          fail(
            configError(err, options.config) ?? new Error(`redocly build-docs failed: ${lastLine(err) || error.message}`, { cause: error }),
          );
        else done();
      });
    });
    writeFileSync(outFile, makeOffline(readFileSync(raw, 'utf8')));
  } finally {
    rmSync(raw, { force: true });
  }
}
