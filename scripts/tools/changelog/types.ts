import type { Change } from '../diff/types.js';

/** What a commit did to the spec. */
export type EntryKind = 'introduced' | 'changed' | 'unchanged' | 'unparsable';

/** One commit that touched the spec's files, with the diff against the previous version that parsed. */
export interface ChangelogEntry {
  commit: string;
  /** `YYYY-MM-DD`, the author date. */
  date: string;
  /** The commit subject: attacker-controlled text, escaped by every renderer. */
  subject: string;
  /** The release (tag names, comma-separated) the commit shipped in; null when no tag follows it yet. */
  tag: string | null;
  kind: EntryKind;
  changes: Change[];
  /** For `introduced`: the events of the first version. */
  events?: string[];
  /** For `unparsable`: the loader's one-line error. */
  error?: string;
}

export interface Changelog {
  /** The spec's root file, relative to the repository root. */
  spec: string;
  /** Why the history is missing or partial (outside git, shallow clone). */
  note?: string;
  /**
   * The newest commit listed, recorded in the Markdown: walking up to it gives the same entries as walking up
   * to any later commit that changed no spec file, so `docs --check` can repeat the walk (see pinnedHead).
   */
  head?: string;
  /** Newest first. */
  entries: ChangelogEntry[];
}
