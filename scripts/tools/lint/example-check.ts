import type { LoadedSpec } from '../../core/spec/load.js';
import { compileEventValidators, toProblems } from '../../core/validate/ajv.js';
import { EXAMPLE_RULE, type LintFinding } from './findings.js';

export { EXAMPLE_RULE };

/**
 * Validates every example of every webhook against its payload schema and reports each violation.
 * Redocly's own example rule gives up on an example whose schema it cannot compile (on Voucherify's spec:
 * 45 of 72, because of 3.0 `nullable`); consumers test against these payloads, so we check them all.
 * Patterns in `skipPatterns` (catastrophic backtracking, reported by pattern-check.ts) are not run.
 */
export function checkExamples(spec: LoadedSpec, skipPatterns?: ReadonlySet<string>): LintFinding[] {
  const validators = compileEventValidators(spec, undefined, skipPatterns);
  const findings: LintFinding[] = [];
  for (const event of spec.events) {
    const validate = validators.get(event.type);
    if (!validate || !event.body) continue;
    for (const example of event.body.examples) {
      if (validate(example.value)) continue;
      for (const problem of toProblems(validate.errors)) {
        const at = spec.locate(`${example.pointer}${problem.pointer}`);
        findings.push({
          id: EXAMPLE_RULE,
          level: 'error',
          message: `example "${example.name}" of ${event.type}: ${problem.pointer || '/'} ${problem.message}`,
          // The pointer is inside the example (the payload), which is where the file position points too.
          location: { ...at, pointer: problem.pointer },
        });
      }
    }
  }
  return findings;
}
