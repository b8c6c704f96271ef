import { UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { refuseUnsafePatterns } from '../../core/validate/unsafe-patterns.js';
import { generatePackage } from '../../tools/package/generate-package.js';
import { stalePackageFiles, writePackage } from '../../tools/package/package-folder.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, specPath } from '../options.js';

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
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    refuseUnsafePatterns(spec, context.values['allow-unsafe-patterns'] === true);
    const files = await generatePackage(spec, {
      name: context.values.name as string | undefined,
      version: context.values.version as string | undefined,
    });
    if (context.values.check) {
      const stale = stalePackageFiles(files, out);
      for (const file of stale) context.stdout(`${out}/${file.path}: ${file.reason}\n`);
      context.stderr(
        stale.length ? `package: ${stale.length} file(s) out of date; run the command without --check\n` : 'package: up to date\n',
      );
      return stale.length ? EXIT.problems : EXIT.ok;
    }
    writePackage(files, out);
    context.stderr(`package: wrote ${files.length} files to ${out}\n`);
    return EXIT.ok;
  },
};
