import { execFile, spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fromPackage } from '../../core/package-root.js';
import { lastLine, redoclyBin, redoclyEnv } from '../lint/redocly.js';
import { makeOffline } from './offline-html.js';

/** Our page template for Redoc: Redocly's default plus a CSP slot and the attribution badge hidden. */
export const TEMPLATE = fromPackage('scripts/tools/docs/redoc-template.hbs');

export interface RenderHtmlOptions {
  /** Redocly config (for `openapi:` theme options); see findConfig. */
  config: string;
  signal?: AbortSignal;
  /** Feed the bundle through a named pipe (the default where `mkfifo` exists); false: through a file. */
  pipe?: boolean;
}

/** A render under way: give it the bundled document once it exists, then wait for the page. */
export interface Render {
  /** The bundled spec as JSON text, checked (its `$ref`s are internal): Redocly reads nothing before this. */
  feed(json: string): Promise<void>;
  /** Settles when the page is written (after `feed`); rejects with Redocly's last line when it failed. */
  done: Promise<void>;
}

/**
 * Renders a bundled spec into a self-contained HTML reference with `redocly build-docs --inlineBundle`
 * (Redoc's scripts inside the page: without it the page loads Redoc from a CDN and stays blank offline),
 * then makes it offline-safe. One child process: Redocly has no public API for this.
 *
 * The process starts at once, before the spec is even loaded: Redocly spends ~0.5 s loading its own code,
 * then opens its input, a named pipe in `dir` that blocks it until `feed` writes the bundle. So Redocly's
 * start-up overlaps our load instead of following it, and it can read nothing we have not checked. Without
 * `mkfifo` (or with `pipe: false`) the bundle is written to a file and the process starts at `feed`.
 */
export function startRender(dir: string, outFile: string, options: RenderHtmlOptions): Render {
  const input = join(dir, '.render-input.json');
  const raw = join(dir, '.redoc-raw.html');
  const args = [redoclyBin(), 'build-docs', input, '--inlineBundle', `--output=${raw}`];
  args.push(`--template=${TEMPLATE}`, `--config=${resolve(options.config)}`, '--lint-config=off');
  const finish = async (exited: Promise<void>) => {
    try {
      await exited;
      writeFileSync(outFile, makeOffline(readFileSync(raw, 'utf8')));
    } finally {
      rmSync(raw, { force: true });
      rmSync(input, { force: true });
    }
  };
  if (options.pipe !== false && makeFifo(input)) {
    const child = runRedocly(args, options.signal);
    // Opening a pipe for writing waits for its reader: if Redocly ends before it opens the pipe, open it
    // ourselves so the write ends (in EPIPE) instead of waiting for ever.
    child.exited.catch(() => {}).finally(() => releaseWriter(input));
    const done = finish(child.exited);
    return { feed: (json) => writeToPipe(input, json).catch((error) => child.exited.then(() => Promise.reject(error))), done };
  }
  let started: (exited: Promise<void>) => void = () => {};
  const done = finish(new Promise<Promise<void>>((resolveStart) => (started = resolveStart)).then((exited) => exited));
  return {
    feed: async (json) => {
      writeFileSync(input, json);
      started(runRedocly(args, options.signal).exited);
    },
    done,
  };
}

function runRedocly(args: string[], signal: AbortSignal | undefined): { exited: Promise<void> } {
  const exited = new Promise<void>((done, fail) => {
    execFile(process.execPath, args, { env: redoclyEnv(), signal, maxBuffer: 64 * 1024 * 1024 }, (error, _out, err) => {
      if (error) fail(new Error(`redocly build-docs failed: ${lastLine(err) || error.message}`, { cause: error }));
      else done();
    });
  });
  exited.catch(() => {}); // observed through `done`
  return { exited };
}

/** Writes into the pipe, never creating a file: once the render has ended and its pipe is gone, this fails. */
async function writeToPipe(fifo: string, text: string): Promise<void> {
  const handle = await open(fifo, constants.O_WRONLY);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/** A named pipe at `path`; false where there is no `mkfifo` (then a plain file does). */
function makeFifo(path: string): boolean {
  try {
    return spawnSync('mkfifo', ['-m', '600', path], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
}

function releaseWriter(fifo: string): void {
  try {
    closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
  } catch {
    // gone already: the write finished
  }
}
