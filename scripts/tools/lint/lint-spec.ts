import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
import { EXAMPLE_RULE, type LintFinding, sortFindings } from './findings.js';
import { findConfig, runRedoclyLint } from './redocly.js';

export interface LintOptions extends LoadOptions {
  config?: string;
  /**
   * The spec at `specPath`, already loaded (or being loaded) by the caller, so that a pipeline parses it
   * once. Redocly starts at once, in parallel with the load; a load failure still wins over Redocly's.
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
  const covered = new Set(examples.map((f) => `${f.file}:${f.line}`));
  const kept = redocly.filter((f) => !(f.id === 'no-invalid-media-type-examples' && covered.has(`${f.file}:${f.line}`)));
  const findings = sortFindings([...kept, ...examples]);
  return {
    findings,
    errors: findings.filter((f) => f.level === 'error').length,
    warnings: findings.filter((f) => f.level === 'warn').length,
  };
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

async function lintShared(specPath: string, config: string, shared: LoadedSpec | Promise<LoadedSpec>): Promise<Parts> {
  const [redocly, examples] = await Promise.allSettled([
    runRedoclyLint(specPath, config),
    Promise.all([shared, exampleCheck()]).then(([spec, { checkExamples }]) => [checkExamples(spec), spec] as const),
  ]);
  if (examples.status === 'rejected') throw examples.reason;
  if (redocly.status === 'rejected') throw redocly.reason;
  return [redocly.value, ...examples.value];
}

export { EXAMPLE_RULE };
