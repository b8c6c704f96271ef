import { type LoadedSpec, type LoadOptions, loadSpec } from '../spec/load.js';
import { checkExamples, EXAMPLE_RULE } from './example-check.js';
import { type LintFinding, sortFindings } from './findings.js';
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
  const [redocly, examples] = options.spec ? await lintShared(specPath, options.spec, options) : await lintAlone(specPath, options);
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

async function lintAlone(specPath: string, options: LintOptions): Promise<[LintFinding[], LintFinding[]]> {
  const spec = await loadSpec(specPath, options);
  return Promise.all([runRedoclyLint(specPath, findConfig(specPath, options.config)), Promise.resolve(checkExamples(spec))]);
}

async function lintShared(specPath: string, spec: LoadedSpec | Promise<LoadedSpec>, options: LintOptions) {
  const [redocly, examples] = await Promise.allSettled([
    runRedoclyLint(specPath, findConfig(specPath, options.config)),
    Promise.resolve(spec).then(checkExamples),
  ]);
  if (examples.status === 'rejected') throw examples.reason;
  if (redocly.status === 'rejected') throw redocly.reason;
  return [redocly.value, examples.value] as [LintFinding[], LintFinding[]];
}

export { EXAMPLE_RULE };
