/** Our own rule: every example of every webhook matches its schema (see example-check.ts). */
export const EXAMPLE_RULE = 'webhook-example-valid';

/** A lint finding: data first, rendered by the CLI shell. */
export interface LintFinding {
  /** Rule id: a Redocly rule (`no-invalid-media-type-examples`, `rule/property-description`) or one of ours. */
  id: string;
  level: 'error' | 'warn';
  message: string;
  file: string;
  line: number;
  col: number;
  /** JSON pointer inside `file`. */
  pointer: string;
}

/** `file:line:col level rule-id message`, the level spelt out (`error` or `warning`) so a reader can tell them apart. */
export function formatFinding(f: LintFinding): string {
  return `${f.file}:${f.line}:${f.col} ${f.level === 'warn' ? 'warning' : 'error'} ${f.id} ${f.message}`;
}

export function sortFindings(findings: LintFinding[]): LintFinding[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.id.localeCompare(b.id));
}
