import { _, type Ajv2020 } from 'ajv/dist/2020.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { compileEventValidators, createAjv, toProblems } from '../../core/validate/ajv.js';
import type { ExampleProblem } from './example-verdicts.js';

/**
 * The examples of the events named, checked against their body schemas with webhookAjv: their problems by
 * event type. Its own module, imported only when some event's verdicts are not kept (example-check.ts):
 * Ajv is then not even loaded.
 */
export function checkEventExamples(
  spec: LoadedSpec,
  types: readonly string[],
  skipPatterns?: ReadonlySet<string>,
): Map<string, ExampleProblem[]> {
  const validators = compileEventValidators(spec, types, webhookAjv(skipPatterns));
  const problems = new Map<string, ExampleProblem[]>();
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
  }
  return problems;
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
