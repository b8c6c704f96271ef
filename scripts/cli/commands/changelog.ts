import { writeFileAtomic } from '../../core/atomic-write.js';
import { CHANGELOG_FORMATS, type ChangelogFormat, changelogReport } from '../../tools/changelog/changelog-report.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, noOverlay, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'changelog',
  summary: "The spec's history from git: every commit that changed it, diffed against the version before, grouped by release.",
  usage: '[--spec PATH] [--since REF] [--until REF] [--format markdown|json] [--out FILE] [--strict] [--config FILE]',
  help: {
    since: 'REF    start after this commit (its version is the first base); default: the whole history',
    until: 'REF    end at this commit (default HEAD); the first-parent line of it is walked',
    format: 'NAME   markdown (default; what `npm run docs` writes to docs/CHANGELOG.md) or json',
    out: 'FILE   write here (atomically) instead of standard output',
    strict: '       levels as `diff --strict` (closed enums and objects)',
    config: 'FILE   the diff config with `levels:` overrides (default webhook-diff.yaml when present)',
  },
  options: {
    since: { type: 'string' },
    until: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    config: { type: 'string' },
  },
  allowPositionals: false,
  async run(context) {
    noOverlay(context, 'changelog');
    const report = await changelogReport({
      specPath: specPath(context),
      since: context.values.since as string | undefined,
      until: context.values.until as string | undefined,
      compat: compatOptions(context),
      format: oneOf(context, 'format', Object.keys(CHANGELOG_FORMATS) as ChangelogFormat[], 'markdown'),
      config: context.values.config as string | undefined,
      strict: context.values.strict === true,
    });
    context.stderr(report.stderr);
    const out = context.values.out as string | undefined;
    if (out) writeFileAtomic(out, report.stdout);
    else context.stdout(report.stdout);
    return EXIT.ok;
  },
};
