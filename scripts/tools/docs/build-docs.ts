import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeWriteError, writeErrorHint, writeFileAtomic } from '../../core/atomic-write.js';
import { InputError } from '../../core/errors.js';
import { removeOnSignal } from '../../core/remove-on-signal.js';
import { jsonSchemaDocument } from '../../core/schema/json-schema.js';
import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
import type { LintResult } from '../lint/lint-spec.js';
import { findConfig, RedoclyConfigError } from '../lint/redocly.js';
import { stepFailure } from './docs-step-error.js';
import type { LivingDocs } from './event-page.js';
import { EVENTS_DIR, renderEventPagesYielding } from './event-pages.js';
import { withLivingDocs } from './living-docs.js';
import { renderHtml } from './render-html.js';
import { type StepReport, StepTimer } from './step-timer.js';
import type { DocsStep, DocsStepOutput, SkippedStep } from './steps.js';
import { swapInto } from './swap.js';

export const BUNDLE_FILE = 'openapi.json';
export const HTML_FILE = 'index.html';
/** What the HTML render reads when history and consumers are added to the events' descriptions (left in staging). */
const HTML_INPUT_FILE = '.html-input.json';

export interface BuildDocsOptions extends LoadOptions {
  specPath: string;
  outDir: string;
  /** A lint error (or lint failing to run) stops the pipeline before anything is written. */
  strict: boolean;
  config?: string;
  /** Extra steps (the types step), or the note why one is skipped. */
  steps?: Array<DocsStep | SkippedStep>;
  /** History and consumers for the pages and the HTML (see livingDocs); absent: the spec alone. */
  living?: (spec: LoadedSpec) => Promise<LivingDocs>;
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
 * What the HTML reference renders: the bundle as every command reads it (core/schema/json-schema.ts), so that
 * Redoc shows no "nullable" for a 3.0 keyword the other commands ignore (`--compat nullable` has rewritten it
 * when it counts). The same bytes as openapi.json when the spec has no `nullable` left.
 */
export function htmlInput(spec: LoadedSpec, json = bundledJson(spec)): string {
  if (!json.includes('"nullable"')) return json;
  return `${JSON.stringify(jsonSchemaDocument(spec.document), null, 2)}\n`;
}

/**
 * Lint, bundle, extra steps and render (HTML reference + one Markdown page per event) into a staging folder
 * beside `outDir`, then swap the generated parts in, only when every step succeeded. The spec is loaded once;
 * Redocly lint starts beside the load, offline, and is stopped if the load fails (its output is then never
 * read); the render starts only after the load, on the checked bundle (every `$ref` internal). Lint and
 * render run as two child processes alongside the in-process steps.
 */
export async function buildDocs(options: BuildDocsOptions): Promise<BuildDocsResult> {
  const timer = new StepTimer(options.onStep);
  const out = resolve(options.outDir);
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new InputError('--out is a file, not a folder', { where: out, hint: 'name the docs folder' });
  }
  const config = findConfig(options.specPath, options.config);
  const [{ loadSpec }, { lintSpec }] = await Promise.all([import('../../core/spec/load.js'), import('../lint/lint-spec.js')]);
  const staging = makeStaging(out);
  const abort = new AbortController();
  const cleanup = removeOnSignal(staging, () => abort.abort());
  // Redocly lint starts beside the load (offline, stopped if the load fails: see lint-spec.ts); the render
  // follows the load (it reads the checked bundle). The in-process work (the example check, the types, the
  // pages) waits until the render has started, so that it never delays the render (the longest step).
  let renderStarted: () => void = () => {};
  const afterRenderStarts = new Promise<void>((done) => {
    renderStarted = done;
  });
  try {
    const loading = timer.time(
      'load',
      () => loadSpec(options.specPath, { compat: options.compat }),
      (s) => `${s.events.length} event(s)`,
    );
    const lintOptions = { compat: options.compat, config, spec: loading, checkAfter: afterRenderStarts, signal: abort.signal };
    const lintP = timer.time('lint', () => lintSpec(options.specPath, lintOptions), summary);
    lintP.catch(() => {}); // awaited below
    const spec = await loading;
    const render = { config, signal: abort.signal, started: renderStarted, afterStart: afterRenderStarts };
    const steps = startSteps(spec, staging, render, timer, options.steps ?? [], options.living);
    const lint = await settle(lintP);
    if (lint.failure instanceof RedoclyConfigError) throw lint.failure; // render would fail on it too
    if (options.strict && (lint.failure || (lint.value?.errors ?? 0) > 0)) abort.abort();
    if (options.strict && lint.failure) throw stepFailure('lint', lint.failure);
    const settled = await Promise.allSettled(steps.map((s) => s.done));
    if (options.strict && lint.value && lint.value.errors > 0)
      return { written: false, lint: lint.value, outputs: [], steps: timer.reports };
    const parts = new Set([BUNDLE_FILE, HTML_FILE, EVENTS_DIR]);
    const elsewhere: Array<{ path: string; content: string }> = [];
    settled.forEach((s, i) => {
      if (s.status === 'rejected') throw stepFailure(steps[i]?.name ?? '?', s.reason);
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
    renderStarted(); // releases the waiting in-process work if the render never started
    abort.abort();
    rmSync(staging, { recursive: true, force: true });
    cleanup();
  }
}

/** The staging folder beside `out`; a folder we may not write to is bad input, not a bug. */
function makeStaging(out: string): string {
  try {
    mkdirSync(dirname(out), { recursive: true });
    return mkdtempSync(join(dirname(out), `.${basename(out)}.docs-tmp-`));
  } catch (error) {
    throw new InputError(`cannot write the docs folder: ${describeWriteError(error)}`, {
      where: out,
      hint: writeErrorHint(error),
      cause: error,
    });
  }
}

interface RunningStep {
  name: string;
  done: Promise<DocsStepOutput>;
}

function startSteps(
  spec: LoadedSpec,
  dir: string,
  render: { config: string; signal: AbortSignal; started: () => void; afterStart: Promise<void> },
  timer: StepTimer,
  extra: Array<DocsStep | SkippedStep>,
  gather: BuildDocsOptions['living'],
) {
  const started = performance.now();
  const json = bundledJson(spec);
  try {
    writeFileSync(join(dir, BUNDLE_FILE), json);
  } catch (error) {
    throw stepFailure('bundle', error);
  }
  timer.done('bundle', started);
  // The render reads the checked bundle (every `$ref` internal): the bytes of openapi.json, or a copy with
  // history and consumers in the events' descriptions (never the user's spec, never openapi.json).
  const living = gather ? gather(spec) : Promise.resolve<LivingDocs>({});
  const htmlSource = living.then((l) => {
    const text = l.changelog || l.consumers ? htmlInput({ ...spec, document: withLivingDocs(spec, l) }) : htmlInput(spec, json);
    if (text === json) return join(dir, BUNDLE_FILE);
    writeFileSync(join(dir, HTML_INPUT_FILE), text);
    return join(dir, HTML_INPUT_FILE);
  });
  // renderHtml starts its child before it returns: `started` follows the spawn (or the failure that prevents it).
  const rendering = htmlSource.then((source) => {
    const rendered = renderHtml(source, join(dir, HTML_FILE), render);
    render.started();
    return rendered;
  });
  htmlSource.catch(() => render.started());
  const steps: RunningStep[] = [
    {
      name: 'html',
      done: timer.time('html', () => rendering).then(() => ({ parts: [HTML_FILE] })),
    },
    {
      name: 'events',
      done: timer
        .time(
          'events',
          async () => {
            const pages = await living;
            await render.afterStart;
            return writeFiles(dir, await renderEventPagesYielding(spec, pages));
          },
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
        done: render.afterStart.then(() =>
          timer.time(
            step.name,
            () => step.run({ spec, outDir: dir }),
            (o) => o.note ?? '',
          ),
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
