import { type Finding, formatLocation } from '../../core/findings.js';
import { terminalLine } from '../../core/text/terminal.js';

/** Our own rule: every example of every webhook matches its schema (see example-check.ts). */
export const EXAMPLE_RULE = 'webhook-example-valid';

/**
 * Lint's levels, in the toolkit's one vocabulary: `error` fails the lint, `warning` does not (Redocly's `warn`,
 * kept only where Redocly reads or writes it: redocly.yaml and its JSON report). See docs/reference/findings.md.
 */
export type LintLevel = 'error' | 'warning';

/**
 * A lint finding, in the toolkit's one finding shape. `id` is a Redocly rule (`no-invalid-media-type-examples`,
 * `rule/property-description`) or one of ours; `location.pointer` is the JSON pointer inside `location.file`.
 */
export type LintFinding = Finding<LintLevel>;

/**
 * `file:line:col level rule-id message`, the level (`error` or `warning`); one terminal line (core/text): the spec
 * writes the message, and CI runs lint on pull requests.
 */
export function formatFinding(f: LintFinding): string {
  return terminalLine(`${formatLocation(f.location)} ${f.level} ${f.id} ${f.message}`);
}

export function sortFindings(findings: LintFinding[]): LintFinding[] {
  return findings.sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.col - b.location.col ||
      a.id.localeCompare(b.id),
  );
}
