import type { CompatOption } from '../../core/schema/compat.js';
import type { ToolReport } from '../../core/tool-report.js';
import { levelPolicyFrom } from '../diff/level-policy.js';
import { buildChangelog } from './build-changelog.js';
import { renderChangelogJson } from './render-json.js';
import { renderChangelogMarkdown } from './render-markdown.js';

export const CHANGELOG_FORMATS = { markdown: renderChangelogMarkdown, json: renderChangelogJson } as const;
export type ChangelogFormat = keyof typeof CHANGELOG_FORMATS;

export interface ChangelogReportOptions {
  specPath: string;
  since?: string | undefined;
  until?: string | undefined;
  compat: readonly CompatOption[];
  format: ChangelogFormat;
  /** The diff config with `levels:` overrides (default webhook-diff.yaml when present). */
  config?: string | undefined;
  strict?: boolean;
}

/** What `webhook-contracts changelog` prints: the history rendered, and its note (outside git, shallow clone) for standard error. */
export async function changelogReport(options: ChangelogReportOptions): Promise<ToolReport> {
  const changelog = await buildChangelog(options.specPath, {
    since: options.since,
    until: options.until,
    compat: [...options.compat],
    policy: levelPolicyFrom({ config: options.config, strict: options.strict === true }),
  });
  return {
    stdout: CHANGELOG_FORMATS[options.format](changelog),
    stderr: changelog.note ? `changelog: note: ${changelog.note}\n` : '',
    failed: false,
  };
}
