import { writeFileAtomic } from '../../core/atomic-write.js';
import { UsageError } from '../../core/errors.js';
import { REGISTRY } from '../../tools/diff/registry.js';
import { DEFAULT_DIFF_CONFIG, DIFF_FORMATS, type DiffFormat, resolvePolicy, runDiff } from '../../tools/diff/run-diff.js';
import { LEVELS } from '../../tools/diff/types.js';
import { DEFAULT_PACTS } from '../../tools/pacts/pact-file.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { loadOptions, oneOf, specPath } from '../options.js';

const DEFAULT_CONFIG = DEFAULT_DIFF_CONFIG;

export const command: Command = {
  name: 'diff',
  summary: 'Report what changed for webhook consumers between two versions of the spec, and whether it breaks them.',
  usage:
    'BASE [HEAD] [--spec PATH] [--format text|markdown|json|github] [--fail-on breaking|warning|info|never] [--strict] [--config FILE] [--pacts DIR] [--out FILE] [--comment-limit CHARS [--full-report TEXT]] [--today YYYY-MM-DD] | --list-rules',
  help: {
    format: 'NAME   text, markdown (a PR comment), json (stable, for tools) or github (workflow annotations)',
    'fail-on': 'LEVEL  exit 1 when a change is at or above it: breaking (default), warning, info or never',
    strict: '       consumers validate strictly (closed enums and objects): convention warnings become breaking',
    config: `FILE   YAML/JSON with \`levels: { rule-id: level }\` overrides (default ${DEFAULT_CONFIG} when present)`,
    pacts: `DIR    Pact files naming the consumers of each changed field (default ${DEFAULT_PACTS}/ when present)`,
    out: 'FILE   write the report here (atomically) instead of standard output',
    today: 'DATE   judge x-sunset dates against this YYYY-MM-DD instead of today',
    'comment-limit': 'CHARS  markdown only: over this many characters (GitHub: 65536), print a summary pointing to the full report',
    'full-report': 'TEXT   with --comment-limit: where the full report is (an artifact URL), named in the summary',
    'list-rules': '       print every rule id with its default and --strict level, then exit',
  },
  options: {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    strict: { type: 'boolean' },
    config: { type: 'string' },
    pacts: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    'comment-limit': { type: 'string' },
    'full-report': { type: 'string' },
    'list-rules': { type: 'boolean' },
  },
  allowPositionals: true,
  async run(context) {
    if (context.values['list-rules']) {
      for (const [id, entry] of REGISTRY) context.stdout(`${id.padEnd(44)} ${entry.level.padEnd(8)} strict: ${entry.strict}\n`);
      return EXIT.ok;
    }
    const format = oneOf(context, 'format', Object.keys(DIFF_FORMATS) as DiffFormat[], 'text');
    const failOn = oneOf(context, 'fail-on', [...LEVELS, 'never'] as const, 'breaking');
    const limit = commentLimit(context, format);
    const fullReport = context.values['full-report'] as string | undefined;
    const [baseArgument, headArgument, ...extra] = context.positionals;
    if (baseArgument === undefined) throw new UsageError('missing BASE: a spec root file or GITREF:PATH');
    if (extra.length > 0) throw new UsageError(`too many arguments: "${extra.join(' ')}"`);
    const today = todayOf(context);
    const outcome = await runDiff({
      base: baseArgument,
      head: headArgument ?? specPath(context),
      ...loadOptions(context),
      format,
      ...(limit === undefined ? {} : { commentLimit: limit }),
      ...(fullReport === undefined ? {} : { fullReport }),
      failOn,
      policy: policyOf(context),
      ...(context.values.pacts === undefined ? {} : { pacts: context.values.pacts as string }),
      ...(today === undefined ? {} : { today }),
    });
    for (const note of outcome.notes) context.stderr(`${note}\n`);
    const out = context.values.out as string | undefined;
    if (out) writeFileAtomic(out, outcome.text);
    else context.stdout(outcome.text);
    return outcome.failed ? EXIT.problems : EXIT.ok;
  },
};

/** `--config` and `--strict` as a level policy (the changelog command reads the same options). */
export function policyOf(context: CommandContext) {
  return resolvePolicy({ config: context.values.config as string | undefined, strict: context.values.strict === true });
}

function todayOf(context: CommandContext): string | undefined {
  const value = context.values.today as string | undefined;
  if (value !== undefined && !isCalendarDate(value))
    throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${value}"`, { where: '--today' });
  return value;
}

/** `YYYY-MM-DD` naming a real day (not 2024-13-45, not 2023-02-29). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `--comment-limit CHARS`: a whole number of at least 1000, with `--format markdown` only. */
function commentLimit(context: CommandContext, format: string): number | undefined {
  const raw = context.values['comment-limit'] as string | undefined;
  if (raw === undefined) {
    if (context.values['full-report'] !== undefined)
      throw new UsageError('--full-report goes with --comment-limit', { where: '--full-report' });
    return undefined;
  }
  if (format !== 'markdown') throw new UsageError('--comment-limit goes with --format markdown', { where: '--comment-limit' });
  if (!/^\d+$/.test(raw) || Number(raw) < 1000)
    throw new UsageError(`--comment-limit must be a whole number of characters, at least 1000, not "${raw}"`, { where: '--comment-limit' });
  return Number(raw);
}
