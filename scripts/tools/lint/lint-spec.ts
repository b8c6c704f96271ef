import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
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

async function lintAlone(specPath: string, config: string, options: LintOptions): Promise<Parts> {
  const [{ loadSpec }, { checkExamples }] = await Promise.all([loader(), exampleCheck()]);
  const spec = await loadSpec(specPath, options);
  const [redocly, examples] = await Promise.all([runRedoclyLint(specPath, config), Promise.resolve(checkExamples(spec))]);
  return [redocly, examples, spec];
}

async function lintShared(
  specPath: string,
  config: string,
  shared: LoadedSpec | Promise<LoadedSpec>,
  checkAfter?: Promise<unknown>,
): Promise<Parts> {
  // Redocly starts only once the load has checked every `$ref`: it must never be the first to read one.
  const spec = await shared;
  const redocly = runRedoclyLint(specPath, config);
  redocly.catch(() => {}); // awaited below, after the example check that runs meanwhile
  const [{ checkExamples }] = await Promise.all([exampleCheck(), checkAfter]);
  const examples = checkExamples(spec);
  return [await redocly, examples, spec];
}

export { EXAMPLE_RULE };
