import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
import { examplesAllCovered } from './example-coverage.js';
import { EXAMPLE_RULE, type LintFinding, sortFindings } from './findings.js';
import { findConfig, runRedoclyLint } from './redocly.js';

export interface LintOptions extends LoadOptions {
  config?: string;
  /**
   * The spec at `specPath`, already loaded (or being loaded) by the caller, so that a pipeline parses it
   * once. Redocly starts only after the load succeeded (its `$ref` checks passed).
   */
  spec?: LoadedSpec | Promise<LoadedSpec>;
  /**
   * With `spec`: the example check (in-process, CPU-bound) waits for this after Redocly has started, so that a
   * pipeline can start its other child processes first (docs starts its render).
   */
  checkAfter?: Promise<unknown>;
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
    ? await lintShared(specPath, config, options.spec, options.checkAfter)
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
 * Runs Redocly and our own checks on a loaded spec. Redocly starts first (the docs pass the render's start as
 * `checkAfter`, and no in-process work runs before it); then our pattern, signature and example checks. A
 * pattern that can backtrack catastrophically is run by neither: Redocly's example rules would hang on it, so
 * that run is stopped and started again without them (rare, and it costs only the first run).
 */
async function checkLoaded(
  spec: LoadedSpec,
  specPath: string,
  config: string,
  checkAfter?: Promise<unknown>,
): Promise<[LintFinding[], LintFinding[]]> {
  const first = new AbortController();
  // Where ours checks every media-type example, Redocly's rule for them would repeat it at a high cost.
  const repeated = examplesAllCovered(spec) ? [MEDIA_EXAMPLES_RULE] : [];
  let redocly = runRedoclyLint(specPath, config, repeated, first.signal);
  redocly.catch(() => {}); // awaited below, after our checks that run meanwhile
  await checkAfter;
  const [{ checkExamples }, { checkPatterns, checkSignatureDeclarations }] = await Promise.all([exampleCheck(), patternCheck()]);
  const patterns = checkPatterns(spec);
  if (patterns.unsafe.size > 0) {
    first.abort();
    redocly = runRedoclyLint(specPath, config, REDOCLY_EXAMPLE_RULES);
    redocly.catch(() => {});
  }
  const own = [...patterns.findings, ...checkSignatureDeclarations(spec), ...checkExamples(spec, patterns.unsafe)];
  return [await redocly, own];
}

async function lintAlone(specPath: string, config: string, options: LintOptions): Promise<Parts> {
  const { loadSpec } = await loader();
  const spec = await loadSpec(specPath, options);
  return [...(await checkLoaded(spec, specPath, config)), spec];
}

async function lintShared(
  specPath: string,
  config: string,
  shared: LoadedSpec | Promise<LoadedSpec>,
  checkAfter?: Promise<unknown>,
): Promise<Parts> {
  // Redocly starts only once the load has checked every `$ref`: it must never be the first to read one.
  const spec = await shared;
  return [...(await checkLoaded(spec, specPath, config, checkAfter)), spec];
}

export { EXAMPLE_RULE };
