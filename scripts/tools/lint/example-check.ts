import { _, type Ajv2020 } from 'ajv/dist/2020.js';
import type { WebhookEvent } from '../../core/spec/events.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { compileEventValidators, createAjv, toProblems } from '../../core/validate/ajv.js';
import { defaultVerdictsFile, type ExampleProblem, ExampleVerdicts, globalKey } from './example-verdicts.js';
import { EXAMPLE_RULE, type LintFinding } from './findings.js';

export { EXAMPLE_RULE };

/**
 * Validates every example of every webhook against its payload schema and reports each violation.
 * Redocly's own example rule gives up on an example whose schema it cannot compile (on Voucherify's spec:
 * 45 of 72, because of 3.0 `nullable`), and it reads a webhook body as a request to the API; consumers
 * test against these payloads, so we check them all, in the direction the provider sends them (webhookAjv).
 * Patterns in `skipPatterns` (catastrophic backtracking, reported by pattern-check.ts) are not run.
 */
export function checkExamples(
  spec: LoadedSpec,
  skipPatterns?: ReadonlySet<string>,
  verdicts: ExampleVerdicts = new ExampleVerdicts(defaultVerdictsFile(), spec, globalKey(spec, skipPatterns)),
): LintFinding[] {
  const problems = new Map<string, ExampleProblem[]>();
  // Only the events that have examples, and whose verdicts are not kept: compiling a validator costs far more than running it.
  const toCheck = spec.events.filter((e) => (e.body?.examples.length ?? 0) > 0 && !keep(e, verdicts, problems)).map((e) => e.type);
  const validators = toCheck.length > 0 ? compileEventValidators(spec, toCheck, webhookAjv(skipPatterns)) : new Map();
  for (const event of spec.events) {
    const validate = validators.get(event.type);
    if (!validate || !event.body) continue;
    const found: ExampleProblem[] = [];
    for (const example of event.body.examples) {
      if (validate(example.value)) continue;
      for (const problem of toProblems(validate.errors))
        found.push({ example: example.name, pointer: problem.pointer, message: problem.message });
    }
    problems.set(event.type, found);
    verdicts.set(event, found);
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

/** What a `writeOnly` field present in a webhook body is told. */
export const WRITE_ONLY_MESSAGE =
  'is writeOnly, so it must not be in a webhook body: the provider sends the body, as it sends a response; remove the field from the example (or `writeOnly` from its schema)';

/**
 * Ajv reading a webhook body the way its provider sends it, as OpenAPI reads a response: a `readOnly` field
 * (made by the server: an id, a creation time) belongs in it, a `writeOnly` one (a secret only ever sent to
 * the server) does not. Ajv itself treats both as annotations; here `writeOnly: true` fails wherever a
 * value is present. (Redocly applies the request direction to every request body, webhooks included.)
 */
export function webhookAjv(skipPatterns?: ReadonlySet<string>): Ajv2020 {
  const ajv = createAjv(skipPatterns ? { skipPatterns } : {});
  ajv.removeKeyword('writeOnly');
  ajv.addKeyword({
    keyword: 'writeOnly',
    schemaType: 'boolean',
    error: { message: WRITE_ONLY_MESSAGE },
    code(context) {
      if (context.schema === true) context.fail(_`true`);
    },
  });
  return ajv;
}
