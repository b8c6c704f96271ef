import type { WebhookEvent } from '../../core/spec/events.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { defaultVerdictsFile, type ExampleProblem, ExampleVerdicts, globalKey } from './example-verdicts.js';
import { EXAMPLE_RULE, type LintFinding } from './findings.js';

export { EXAMPLE_RULE };

/**
 * Validates every example of every webhook against its payload schema and reports each violation.
 * Redocly's own example rule gives up on an example whose schema it cannot compile (on Voucherify's spec:
 * 45 of 72, because of 3.0 `nullable`), and it reads a webhook body as a request to the API; consumers
 * test against these payloads, so we check them all, in the direction the provider sends them (webhookAjv).
 * Patterns in `skipPatterns` (catastrophic backtracking, reported by pattern-check.ts) are not run. Events whose
 * verdicts are kept (example-verdicts.ts) are not checked again; Ajv is loaded only when one must be.
 */
export async function checkExamples(
  spec: LoadedSpec,
  skipPatterns?: ReadonlySet<string>,
  verdicts: ExampleVerdicts = new ExampleVerdicts(defaultVerdictsFile(), spec, globalKey(spec, skipPatterns)),
): Promise<LintFinding[]> {
  const problems = new Map<string, ExampleProblem[]>();
  // Only the events that have examples, and whose verdicts are not kept: compiling a validator costs far more than running it.
  const toCheck = spec.events.filter((e) => (e.body?.examples.length ?? 0) > 0 && !keep(e, verdicts, problems)).map((e) => e.type);
  if (toCheck.length > 0) {
    const { checkEventExamples } = await import('./webhook-ajv.js');
    const checked = checkEventExamples(spec, toCheck, skipPatterns);
    for (const event of spec.events) {
      const found = checked.get(event.type);
      if (!found) continue;
      problems.set(event.type, found);
      verdicts.set(event, found);
    }
  }
  verdicts.save();
  return spec.events.flatMap((event) => (problems.get(event.type) ?? []).map((problem) => finding(spec, event, problem)));
}

/** Takes the event's kept verdicts, if any. */
function keep(event: WebhookEvent, verdicts: ExampleVerdicts, problems: Map<string, ExampleProblem[]>): boolean {
  const kept = verdicts.get(event);
  if (kept) problems.set(event.type, kept);
  return kept !== undefined;
}

function finding(spec: LoadedSpec, event: WebhookEvent, problem: ExampleProblem): LintFinding {
  const example = event.body?.examples.find((e) => e.name === problem.example);
  const at = spec.locate(`${example?.pointer ?? event.pointer}${problem.pointer}`);
  return {
    id: EXAMPLE_RULE,
    level: 'error',
    message: `example "${problem.example}" of ${event.type}: ${problem.pointer || '/'} ${problem.message}`,
    // The pointer is inside the example (the payload), which is where the file position points too.
    location: { ...at, pointer: problem.pointer },
  };
}
