import { type Finding, location } from '../../core/findings.js';
import { relativeToCwd } from '../../core/relative-path.js';
import { pointerOfPactPath } from './pact-rules.js';

/**
 * A finding of `verify` or `check-pacts`, in the toolkit's one finding shape (rendered separately):
 * `location.file` is the pact file, `location.pointer` the JSON pointer in the payload ('' for none).
 */
export interface ContractFinding extends Finding<Level, FindingId> {
  consumer: string;
  /** `<description> [<provider state>]`, or '' when the finding is about the pact as a whole. */
  interaction: string;
  /** The same place as `location.pointer`, in the pact's own notation (`$.customer.email`), or ''. */
  path: string;
}

/** What a contract check knows when it finds something; `finding` adds the id's level and the location. */
export interface ContractFacts {
  consumer: string;
  interaction: string;
  path: string;
  message: string;
  /** The pact file the finding is about (any path; shown relative to the working directory). */
  file?: string;
}

export type Level = 'error' | 'warning';

/** Severity of every finding id, in one table: `FindingId` is `keyof` it, so a misspelt id fails `tsc`. */
export const LEVELS = {
  'interaction-failed': 'error',
  'event-nothing-to-send': 'error',
  'no-pact-for-provider': 'error',
  'variant-not-accepted': 'error',
  'state-missing': 'error',
  'state-unknown-event': 'error',
  'state-unknown-variant': 'error',
  'field-not-in-spec': 'error',
  'type-incompatible': 'error',
  'value-not-allowed': 'error',
  'regex-rejects-format': 'error',
  'null-not-covered': 'warning',
  'absence-not-covered': 'warning',
} as const satisfies Record<string, Level>;

export type FindingId = keyof typeof LEVELS;

export function finding(id: FindingId, facts: ContractFacts): ContractFinding {
  const { file, ...fields } = facts;
  const at = location({ file: file === undefined ? '' : relativeToCwd(file), pointer: pointerOfPactPath(fields.path) });
  return {
    id,
    level: LEVELS[id],
    message: fields.message,
    location: at,
    consumer: fields.consumer,
    interaction: fields.interaction,
    path: fields.path,
  };
}

export function interactionLabel(description: string, state: string | undefined): string {
  return state ? `${description} [${state}]` : description;
}

export function formatContractFinding(f: ContractFinding): string {
  const where = [f.consumer, f.interaction && `"${f.interaction}"`, f.path].filter(Boolean).join(' ');
  return `${f.level} ${f.id}: ${where ? `${where}: ` : ''}${f.message}`;
}

export function countLevels(findings: readonly ContractFinding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.level === 'error').length,
    warnings: findings.filter((f) => f.level === 'warning').length,
  };
}
