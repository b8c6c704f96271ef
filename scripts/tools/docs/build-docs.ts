import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { InputError } from '../../core/errors.js';
import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
import type { LintResult } from '../lint/lint-spec.js';
import { findConfig } from '../lint/redocly.js';
import { DocsStepError } from './docs-step-error.js';
import { EVENTS_DIR, renderEventPages } from './event-pages.js';
import { type Render, startRender } from './render-html.js';
import { type StepReport, StepTimer } from './step-timer.js';
import type { DocsStep, DocsStepOutput, SkippedStep } from './steps.js';
import { swapInto } from './swap.js';

export const BUNDLE_FILE = 'openapi.json';
export const HTML_FILE = 'index.html';

export interface BuildDocsOptions extends LoadOptions {
  specPath: string;
  outDir: string;
  /** A lint error (or lint failing to run) stops the pipeline before anything is written. */
  strict: boolean;
  config?: string;
  /** Extra steps (the types step), or the note why one is skipped. */
  steps?: Array<DocsStep | SkippedStep>;
  /** Called as each step finishes (steps run concurrently where they can). */
  onStep?: (report: StepReport) => void;
}

export interface BuildDocsResult {
  /** False when strict mode stopped on lint errors: the output folder is untouched. */
  written: boolean;
  lint: LintResult | undefined;
  /** Why lint could not run (outside strict mode the pipeline goes on without it). */
  lintFailure?: string;
  /** Absolute paths of the generated parts, when `written`. */
  outputs: string[];
  steps: StepReport[];
}

/** The bundled document as stable, pretty JSON: the same bytes as `webhook-contracts bundle`. */
export const bundledJson = (spec: LoadedSpec) => `${JSON.stringify(spec.document, null, 2)}\n`;

/**
 * Lint, bundle, extra steps and render (HTML reference + one Markdown page per event) into a staging folder
 * beside `outDir`, then swap the generated parts in, only when every step succeeded. The spec is loaded once;
 * Redocly lint and Redocly render run as two child processes alongside the in-process steps, the render's
 * started first so that Redocly's own start-up overlaps the load (see startRender).
 */
export async function buildDocs(options: BuildDocsOptions): Promise<BuildDocsResult> {
  const timer = new StepTimer(options.onStep);
  const out = resolve(options.outDir);
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new InputError('--out is a file, not a folder', { where: out, hint: 'name the docs folder' });
  }
  const config = findConfig(options.specPath, options.config);
  mkdirSync(dirname(out), { recursive: true });
  const staging = mkdtempSync(join(dirname(out), `.${basename(out)}.docs-tmp-`));
  const abort = new AbortController();
  try {
    // The render's process starts first: it loads Redocly while we load the spec, then waits for the bundle.
    const render = startRender(staging, join(staging, HTML_FILE), { config, signal: abort.signal });
    const html = timer.time('html', () => render.done);
    html.catch(() => {}); // settled with the other steps
    // Only now the spec loader, the linter and the page writer: the render's process is already starting.
    const [{ loadSpec }, { lintSpec }] = await Promise.all([import('../../core/spec/load.js'), import('../lint/lint-spec.js')]);
    // Redocly lint starts next, in its own process; its example check waits for our single load.
    let handOver: (spec: Promise<LoadedSpec>) => void = () => {};
    const shared = new Promise<LoadedSpec>((done) => (handOver = done));
    const lintP = timer.time('lint', () => lintSpec(options.specPath, { compat: options.compat, config, spec: shared }), summary);
    lintP.catch(() => {}); // awaited below; a load failure is reported from the load itself
    const loaded = timer.time(
      'load',
      () => loadSpec(options.specPath, { compat: options.compat }),
      (s) => `${s.events.length} event(s)`,
    );
    handOver(loaded);
    const spec = await loaded;
    const steps = startSteps(spec, staging, { render, html }, timer, options.steps ?? []);
    const lint = await settle(lintP);
    if (options.strict && (lint.failure || (lint.value?.errors ?? 0) > 0)) abort.abort();
    if (options.strict && lint.failure) throw new DocsStepError('lint', lint.failure);
    const settled = await Promise.allSettled(steps.map((s) => s.done));
    if (options.strict && lint.value && lint.value.errors > 0)
      return { written: false, lint: lint.value, outputs: [], steps: timer.reports };
    const parts = new Set([BUNDLE_FILE, HTML_FILE, EVENTS_DIR]);
    const elsewhere: Array<{ path: string; content: string }> = [];
    settled.forEach((s, i) => {
      if (s.status === 'rejected') throw new DocsStepError(steps[i]?.name ?? '?', s.reason);
      for (const path of s.value.parts ?? []) parts.add(path.split(/[\\/]/)[0] as string);
      elsewhere.push(...(s.value.files ?? []));
    });
    await timer.time('swap', () => {
      swapInto(staging, out, [...parts]);
      for (const file of elsewhere) writeFileAtomic(file.path, file.content);
    });
    const lintFailure = lint.failure === undefined ? undefined : ((lint.failure as Error)?.message ?? String(lint.failure));
    const outputs = [...[...parts].map((p) => join(out, p)), ...elsewhere.map((f) => f.path)];
    return { written: true, lint: lint.value, lintFailure, outputs, steps: timer.reports };
  } finally {
    abort.abort();
    rmSync(staging, { recursive: true, force: true });
  }
}

interface RunningStep {
  name: string;
  done: Promise<DocsStepOutput>;
}

function startSteps(
  spec: LoadedSpec,
  dir: string,
  { render, html }: { render: Render; html: Promise<void> },
  timer: StepTimer,
  extra: Array<DocsStep | SkippedStep>,
) {
  const started = performance.now();
  const json = bundledJson(spec);
  try {
    writeFileSync(join(dir, BUNDLE_FILE), json);
  } catch (error) {
    throw new DocsStepError('bundle', error);
  }
  timer.done('bundle', started);
  // The render's process has been waiting for this; it reads the same bytes as openapi.json.
  const fed = render.feed(json);
  const steps: RunningStep[] = [
    { name: 'html', done: Promise.all([fed, html]).then(() => ({ parts: [HTML_FILE] })) },
    {
      name: 'events',
      done: timer
        .time(
          'events',
          () => writeFiles(dir, renderEventPages(spec)),
          (n) => `${n.length} file(s)`,
        )
        .then(() => ({ parts: [EVENTS_DIR] })),
    },
  ];
  for (const step of extra) {
    if ('skipped' in step) timer.done(step.name, performance.now(), `skipped: ${step.skipped}`);
    else
      steps.push({
        name: step.name,
        done: timer.time(
          step.name,
          () => step.run({ spec, outDir: dir }),
          (o) => o.note ?? '',
        ),
      });
  }
  for (const step of steps) step.done.catch(() => {}); // settled together once lint is known
  return steps;
}

const summary = (r: LintResult) => `${r.errors} error(s), ${r.warnings} warning(s)`;

async function settle<T>(promise: Promise<T>): Promise<{ value: T | undefined; failure: unknown }> {
  return promise.then(
    (value) => ({ value, failure: undefined }),
    (failure: unknown) => ({ value: undefined, failure: failure ?? new Error('lint failed') }),
  );
}

function writeFiles(dir: string, files: Map<string, string>): string[] {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return [...files.keys()];
}
