/** A finding of `verify` or `check-pacts`, as data (rendered separately). */
export interface ContractFinding {
  id: string;
  level: Level;
  consumer: string;
  /** `<description> [<provider state>]`, or '' when the finding is about the pact as a whole. */
  interaction: string;
  /** JSON path in the payload (`$.customer.email`), or '' when none applies. */
  path: string;
  message: string;
}

export type Level = 'error' | 'warning';

/** Severity of every finding id, in one table (STYLE #10). */
export const LEVELS = {
  'interaction-failed': 'error',
  'event-nothing-to-send': 'error',
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

export function finding(id: FindingId, fields: Omit<ContractFinding, 'id' | 'level'>): ContractFinding {
  return { id, level: LEVELS[id], ...fields };
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
