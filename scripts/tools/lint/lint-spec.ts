import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
import { examplesAllCovered } from './example-coverage.js';
import { EXAMPLE_RULE, type LintFinding, sortFindings } from './findings.js';
import { findConfig, runRedoclyLint } from './redocly.js';

export interface LintOptions extends LoadOptions {
  config?: string;
  /**
   * The spec at `specPath`, already loaded (or being loaded) by the caller, so that a pipeline parses it
   * once. Redocly starts beside the load, offline, and is stopped if the load fails (see checkLoaded).
   */
  spec?: LoadedSpec | Promise<LoadedSpec>;
  /**
   * With `spec`: the example check (in-process, CPU-bound) waits for this after Redocly has started, so that a
   * pipeline can start its other child processes first (docs starts its render).
   */
  checkAfter?: Promise<unknown>;
  /** Stops Redocly (the docs abort on a signal or a failed step). */
  signal?: AbortSignal;
}

export interface LintResult {
  findings: LintFinding[];
  errors: number;
  warnings: number;
}

/**
 * Lints a webhooks spec: Redocly CLI with the configured rules, plus a complete check of every example.
 * Throws InputError when the spec cannot be read at all (that is exit 2, not a lint finding).
 */
export async function lintSpec(specPath: string, options: LintOptions = {}): Promise<LintResult> {
  const config = findConfig(specPath, options.config);
  const [redocly, examples, spec] = options.spec
    ? await checkLoaded(Promise.resolve(options.spec), specPath, config, options)
    : await lintAlone(specPath, config, options);
  // Inside a webhook body's examples, Redocly's example rule reports a subset of ours, and reads the body
  // as a request to the API (a `readOnly` field "must NOT be present in request context"). Ours is complete
  // and reads it as its provider sends it (example-check.ts): keep ours there.
  const inWebhookExample = webhookExamplePlaces(spec);
  const kept = redocly
    .filter((f) => !(f.id === MEDIA_EXAMPLES_RULE && inWebhookExample(f)))
    .map((f) => (f.id === NULLABLE_RULE && options.compat?.includes('nullable') ? underCompat(f) : f));
  const findings = sortFindings([...kept, ...examples]);
  return {
    findings,
    errors: findings.filter((f) => f.level === 'error').length,
    warnings: findings.filter((f) => f.level === 'warning').length,
  };
}

/** Redocly's rule that checks media-type examples against their schema. */
export const MEDIA_EXAMPLES_RULE = 'no-invalid-media-type-examples';

/** Whether a finding lies inside an example of a webhook body: the example's file, at or below its pointer there. */
function webhookExamplePlaces(spec: LoadedSpec): (f: LintFinding) => boolean {
  const places = spec.events.flatMap((event) => event.body?.examples ?? []).map((example) => spec.source(example.pointer));
  return (f) =>
    places.some((p) => p.file === f.location.file && (f.location.pointer === p.pointer || f.location.pointer.startsWith(`${p.pointer}/`)));
}

/** The config's rule against the 3.0 keyword `nullable` (redocly.yaml). */
export const NULLABLE_RULE = 'rule/no-nullable';

/**
 * Under `--compat nullable` every command honours `nullable: true` (the loader rewrites it), so it is no error:
 * a warning that the spec still needs the switch.
 */
function underCompat(f: LintFinding): LintFinding {
  const message =
    "`nullable` is an OpenAPI 3.0 keyword; honoured here because of `--compat nullable`, but 3.1 tools ignore it. Write `type: [X, 'null']` instead.";
  return { ...f, level: 'warning', message };
}

type Parts = [LintFinding[], LintFinding[], LoadedSpec];

// The loader and Ajv are imported when a lint runs, not when this module is imported.
const loader = () => import('../../core/spec/load.js');
const exampleCheck = () => import('./example-check.js');
const patternCheck = () => import('./pattern-check.js');

/**
 * Redocly's example rules run every `pattern` on the examples with its own Ajv: where a pattern can backtrack
 * catastrophically they would hang, so they are skipped then (ours reports the pattern and checks the examples without it).
 */
const REDOCLY_EXAMPLE_RULES = ['no-invalid-media-type-examples', 'no-invalid-parameter-examples', 'no-invalid-schema-examples'];

/**
 * Runs Redocly and our own checks. Redocly starts at once, while the spec is still loading, so that its
 * start-up (most of its cost on a small spec) overlaps our load instead of following it. That is safe because
 * it runs offline (offline-preload.ts: no fetch, no socket), and it is stopped, its output unread, when the
 * load fails: a `$ref` our loader refuses is never resolved for anyone.
 *
 * It starts without its media-type example rule, which our example check covers completely on a
 * webhooks-only spec (example-coverage.ts), and without its example rules at all where a pattern can backtrack
 * catastrophically (they would hang on it; ours reports the pattern and checks the examples without it). When
 * the loaded spec needs another rule set, that first run is stopped and Redocly starts again (rare).
 * Our checks start once `checkAfter` settles (the docs pass the render's start: nothing delays it).
 */
async function checkLoaded(
  loading: Promise<LoadedSpec>,
  specPath: string,
  config: string,
  { checkAfter, signal }: Pick<LintOptions, 'checkAfter' | 'signal'> = {},
): Promise<Parts> {
  const first = new AbortController();
  const stop = (run: AbortController) => (signal ? AbortSignal.any([run.signal, signal]) : run.signal);
  let skipped = [MEDIA_EXAMPLES_RULE];
  let redocly = runRedoclyLint(specPath, config, skipped, stop(first));
  redocly.catch(() => {}); // awaited below, after our checks that run meanwhile
  const spec = await loading.catch((error: unknown) => {
    first.abort();
    throw error;
  });
  await checkAfter;
  const [{ checkExamples }, { checkPatterns, checkSignatureDeclarations }] = await Promise.all([exampleCheck(), patternCheck()]);
  const patterns = checkPatterns(spec);
  const needed = patterns.unsafe.size > 0 ? REDOCLY_EXAMPLE_RULES : examplesAllCovered(spec) ? [MEDIA_EXAMPLES_RULE] : [];
  if (needed.join() !== skipped.join()) {
    first.abort();
    skipped = needed;
    redocly = runRedoclyLint(specPath, config, skipped, signal);
    redocly.catch(() => {});
  }
  const own = [...patterns.findings, ...checkSignatureDeclarations(spec), ...(await checkExamples(spec, patterns.unsafe))];
  return [await redocly, own, spec];
}

async function lintAlone(specPath: string, config: string, options: LintOptions): Promise<Parts> {
  const { loadSpec } = await loader();
  return checkLoaded(loadSpec(specPath, options), specPath, config, options);
}

export { EXAMPLE_RULE };
