import { join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { writeOutputs } from '../../core/output-set.js';
import { DEFAULT_TYPES_OUT } from '../../tools/codegen/artifacts.js';
import { typesOutput } from '../../tools/codegen/types-output.js';
import { type Command, type CommandContext, EXIT } from '../command.js';
import { loadOptions, specPath } from '../options.js';
import { reportStale } from '../output-set.js';

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
    const { set, regenerate } = await typesOutput({
      specPath: specPath(context),
      ...loadOptions(context),
      allowUnsafePatterns: context.values['allow-unsafe-patterns'] === true,
      out: outPath(context),
    });
    if (context.values.check) return reportStale(context, 'types', set, `run \`${regenerate}\``);
    const written = writeOutputs(set);
    context.stderr(`wrote ${written.map((path) => join(set.root, path)).join(', ')}\n`);
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
