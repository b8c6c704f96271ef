import { writeFileAtomic } from '../../core/atomic-write.js';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_SPEC, loadSpec } from '../../core/spec/load.js';
import { refuseUnsafePatterns } from '../../core/validate/unsafe-patterns.js';
import { DEFAULT_TYPES_OUT, generateArtifacts, staleFiles } from '../../tools/codegen/generate-artifacts.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { compatOptions, specPath } from '../options.js';

export const command: Command = {
  name: 'types',
  summary: 'Generate TypeScript types and ahead-of-time compiled payload validators from the spec.',
  usage: '[--spec PATH] [--out FILE] [--check] [--allow-unsafe-patterns]',
  help: {
    'allow-unsafe-patterns':
      '       go on with a pattern that can backtrack catastrophically (refused by default: one payload could hang the validator)',
    out: `FILE   the types file, ending in .ts (default ${DEFAULT_TYPES_OUT}); X.validators.js and X.validators.d.ts go beside X.ts`,
    check: '       write nothing; exit 1 when a generated file on disk is stale or missing',
  },
  options: { 'allow-unsafe-patterns': { type: 'boolean' }, out: { type: 'string' }, check: { type: 'boolean' } },
  allowPositionals: false,
  async run(context) {
    const out = outPath(context);
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    refuseUnsafePatterns(spec, context.values['allow-unsafe-patterns'] === true);
    const regenerate = regenerateCommand(context, out);
    const files = await generateArtifacts(spec, out, regenerate);
    if (context.values.check) {
      const stale = staleFiles(files);
      for (const { path, reason } of stale) context.stderr(`${path} ${reason} (run \`${regenerate}\`)\n`);
      if (stale.length === 0) context.stderr(`generated files are up to date (${files.map((f) => f.path).join(', ')})\n`);
      return stale.length > 0 ? EXIT.problems : EXIT.ok;
    }
    for (const file of files) writeFileAtomic(file.path, file.content);
    context.stderr(`wrote ${files.map((f) => f.path).join(', ')}\n`);
    return EXIT.ok;
  },
};

function outPath(context: CommandContext): string {
  const out = context.values.out;
  if (out === undefined) return DEFAULT_TYPES_OUT;
  if (typeof out !== 'string' || !/\.ts$/.test(out) || /\.d\.ts$/.test(out)) {
    throw new UsageError(`--out must name a .ts file (not .d.ts), not "${String(out)}"`, { where: '--out' });
  }
  return out;
}

/** The command line that regenerates these files, for headers and stale-file messages. */
function regenerateCommand(context: CommandContext, out: string): string {
  const spec = specPath(context);
  const compat = compatOptions(context);
  return [
    'npx webhook-contracts types',
    spec === DEFAULT_SPEC ? '' : `--spec ${spec}`,
    ...compat.map((c) => `--compat ${c}`),
    out === DEFAULT_TYPES_OUT ? '' : `--out ${out}`,
  ]
    .filter(Boolean)
    .join(' ');
}
