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
  const [redocly, examples] = options.spec ? await lintShared(specPath, config, options.spec) : await lintAlone(specPath, config, options);
  // Redocly's example rule reports a subset of ours at the same places; keep ours, which is complete.
  const at = (f: LintFinding) => `${f.location.file}:${f.location.line}`;
  const covered = new Set(examples.map(at));
  const kept = redocly
    .filter((f) => !(f.id === 'no-invalid-media-type-examples' && covered.has(at(f))))
    .map((f) => (f.id === NULLABLE_RULE && options.compat?.includes('nullable') ? underCompat(f) : f));
  const findings = sortFindings([...kept, ...examples]);
  return {
    findings,
    errors: findings.filter((f) => f.level === 'error').length,
    warnings: findings.filter((f) => f.level === 'warn').length,
  };
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
  return { ...f, level: 'warn', message };
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

/** Runs Redocly and our own checks on a loaded spec: patterns first (unsafe ones are then run by neither), signatures, examples. */
async function checkLoaded(spec: LoadedSpec, specPath: string, config: string): Promise<[LintFinding[], LintFinding[]]> {
  const [{ checkExamples }, { checkPatterns, checkSignatureDeclarations }] = await Promise.all([exampleCheck(), patternCheck()]);
  const patterns = checkPatterns(spec);
  const redocly = runRedoclyLint(specPath, config, patterns.unsafe.size > 0 ? REDOCLY_EXAMPLE_RULES : []);
  redocly.catch(() => {}); // awaited below, after our checks that run meanwhile
  const own = [...patterns.findings, ...checkSignatureDeclarations(spec), ...checkExamples(spec, patterns.unsafe)];
  return [await redocly, own];
}

async function lintAlone(specPath: string, config: string, options: LintOptions): Promise<Parts> {
  const { loadSpec } = await loader();
  const spec = await loadSpec(specPath, options);
  return [...(await checkLoaded(spec, specPath, config)), spec];
}

async function lintShared(specPath: string, config: string, shared: LoadedSpec | Promise<LoadedSpec>): Promise<Parts> {
  // Redocly starts only once the load has checked every `$ref`: it must never be the first to read one.
  const spec = await shared;
  return [...(await checkLoaded(spec, specPath, config)), spec];
}

export { EXAMPLE_RULE };
