import { UsageError } from '../../core/errors.js';
import { writeOutputs } from '../../core/output-set.js';
import { packageOutput } from '../../tools/package/package-folder.js';
import { type Command, EXIT } from '../command.js';
import { loadOptions, specPath } from '../options.js';
import { reportStale } from '../output-set.js';

export const command: Command = {
  name: 'package',
  summary: 'Generate the npm package consumer services install: types, precompiled validators, parseWebhook and signature checks.',
  usage: '--out DIR [--name NAME] [--version V] [--spec PATH] [--check] [--allow-unsafe-patterns]',
  help: {
    'allow-unsafe-patterns':
      '       go on with a pattern that can backtrack catastrophically (refused by default: one payload could hang the validator)',
    out: 'DIR    the package folder: package.json, README.md and dist/ are written there (dist/ is replaced)',
    name: "NAME   the npm package name (default: from the spec's info.title)",
    version: "V      the package version (default: the spec's info.version)",
    check: '       write nothing; exit 1 when a file in --out is stale, missing or no longer generated',
  },
  options: {
    'allow-unsafe-patterns': { type: 'boolean' },
    out: { type: 'string' },
    name: { type: 'string' },
    version: { type: 'string' },
    check: { type: 'boolean' },
  },
  allowPositionals: false,
  async run(context) {
    const out = context.values.out;
    if (typeof out !== 'string' || out === '')
      throw new UsageError('--out DIR is required: the folder to write the package to', { where: '--out' });
    const set = await packageOutput({
      specPath: specPath(context),
      ...loadOptions(context),
      out,
      allowUnsafePatterns: context.values['allow-unsafe-patterns'] === true,
      name: context.values.name as string | undefined,
      version: context.values.version as string | undefined,
    });
    if (context.values.check) return reportStale(context, 'package', set, 'run the command without --check');
    const written = writeOutputs(set);
    context.stderr(`package: wrote ${written.length} files to ${out}\n`);
    return EXIT.ok;
  },
};
