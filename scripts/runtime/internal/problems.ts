import type { ErrorObject } from 'ajv/dist/2020.js';
import { childPointer } from './json-pointer.js';

/** One validation problem in a payload. */
export interface PayloadProblem {
  /** JSON pointer into the payload; for a missing field, the pointer the field would have. */
  pointer: string;
  keyword: string;
  message: string;
}

/**
 * Turns Ajv's errors into one problem per real defect. Ajv reports every branch of a failed
 * `oneOf`/`anyOf`; a branch's errors come right before the composition's own error. We keep what
 * matters: inside a nullable (`[X, null]`) only X's errors; for a discriminated union whose tag matched
 * no branch, one "must be one of" on the tag; otherwise the branch errors without the other branches'
 * "wrong type" noise.
 * @internal (left out of the consumer package's declarations, which must not import Ajv's types)
 */
export function toProblems(errors: readonly ErrorObject[] | null | undefined): PayloadProblem[] {
  const all = [...(errors ?? [])];
  const drop = new Set<ErrorObject>();
  const extra = new Map<ErrorObject, PayloadProblem>();
  all.forEach((composition, index) => {
    if (composition.keyword !== 'oneOf' && composition.keyword !== 'anyOf') return;
    const at = composition.instancePath;
    const block: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const e = all[i] as ErrorObject;
      if (e.instancePath !== at && !e.instancePath.startsWith(`${at}/`)) break;
      if (!drop.has(e)) block.push(e);
    }
    block.reverse();
    if (block.length === 0) return; // matched several branches: keep Ajv's own message
    const shallow = block.filter((e) => e.instancePath === at);
    const deeper = block.filter((e) => e.instancePath !== at);
    drop.add(composition);
    if (deeper.length === 0) {
      for (const e of shallow) drop.add(e);
      const types = shallow.filter((e) => e.keyword === 'type').map((e) => String((e.params as { type: unknown }).type));
      const message =
        types.length === shallow.length ? `must be ${[...new Set(types)].join(' or ')}` : 'matches none of the allowed shapes';
      extra.set(composition, { pointer: at, keyword: composition.keyword, message });
      return;
    }
    const tags = new Map<string, unknown[]>();
    for (const e of deeper) {
      if (e.keyword === 'const')
        tags.set(e.instancePath, [...(tags.get(e.instancePath) ?? []), (e.params as { allowedValue: unknown }).allowedValue]);
    }
    const tag = [...tags].find(([pointer, values]) => values.length > 1 && pointer.split('/').length === at.split('/').length + 1);
    if (tag) {
      const tagErrors = deeper.filter((e) => e.keyword === 'const' && e.instancePath === tag[0]);
      if (!tag[1].some((v) => v === tagErrors[0]?.data)) {
        // No branch accepted the tag: the one useful fact is which tag values exist.
        for (const e of block) drop.add(e);
        const values = [...new Set(tag[1])].map((v) => JSON.stringify(v)).join(', ');
        extra.set(composition, { pointer: tag[0], keyword: 'const', message: `must be one of ${values}` });
        return;
      }
      for (const e of tagErrors) drop.add(e);
    }
    for (const e of shallow) if (e.keyword === 'type') drop.add(e);
  });
  const seen = new Set<string>();
  const problems: PayloadProblem[] = [];
  for (const error of all) {
    if (error.keyword === 'if') continue; // `if`/`then` says "must match then": the failing `then` keyword says what
    const problem = extra.get(error) ?? (drop.has(error) ? undefined : describe(error));
    if (!problem) continue;
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: ErrorObject): PayloadProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer: childPointer(at, String(params.missingProperty)), keyword: 'required', message: 'is required but missing' };
    case 'additionalProperties':
      return {
        pointer: childPointer(at, String(params.additionalProperty)),
        keyword: 'additionalProperties',
        message: 'is not a documented property',
      };
    case 'unevaluatedProperties':
      return {
        pointer: childPointer(at, String(params.unevaluatedProperty)),
        keyword: 'unevaluatedProperties',
        message: 'is not a documented property',
      };
    case 'enum':
      return {
        pointer: at,
        keyword: 'enum',
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { pointer: at, keyword: 'const', message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { pointer: at, keyword: 'type', message: `must be ${String(params.type).replaceAll(',', ' or ')}` };
    case 'format':
      return { pointer: at, keyword: 'format', message: `must be a valid ${String(params.format)}` };
    default:
      return { pointer: at, keyword: error.keyword, message: error.message ?? 'is invalid' };
  }
}
