/**
 * The one shape of a finding, for every command that reports problems (`lint`, `diff`, `verify`,
 * `check-pacts`): data first, rendered by the CLI shell (text, JSON, Markdown, annotations). Each command
 * uses the one level vocabulary, listed with its meaning in docs/reference/findings.md; a command may add context
 * fields beside these four (diff: the events and consumers; contracts: the consumer and interaction).
 */
export interface Finding<Level extends string = string, Id extends string = string> {
  /** Kebab-case rule id (`null-allowed`, `field-not-in-spec`, `rule/property-description`): a command types it as `keyof` its table. */
  id: Id;
  level: Level;
  message: string;
  location: FindingLocation;
}

/** Where a finding is. Unknown parts are empty: `file` '' and `line`/`col` 0. */
export interface FindingLocation {
  /** File path, relative to the working directory. */
  file: string;
  /** 1-based; 0 when unknown. */
  line: number;
  /** 1-based; 0 when unknown. */
  col: number;
  /** JSON pointer of the node the finding is about (docs/reference/findings.md says into what, per command). */
  pointer: string;
}

/** A location; what is not known stays empty. */
export function location(parts: Partial<FindingLocation>): FindingLocation {
  return { file: parts.file ?? '', line: parts.line ?? 0, col: parts.col ?? 0, pointer: parts.pointer ?? '' };
}

/** `file:line:col` (as much of it as is known), for one-line text output. */
export function formatLocation(l: FindingLocation): string {
  if (!l.file) return '';
  return [l.file, l.line || undefined, l.line && l.col ? l.col : undefined].filter((p) => p !== undefined).join(':');
}
