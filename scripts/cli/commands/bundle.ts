import { writeFileAtomic } from '../../core/atomic-write.js';
import { bundleSpec, formatFromPath } from '../../core/spec/bundle.js';
import { type Command, EXIT } from '../command.js';
import { loadOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'bundle',
  summary: 'Resolve the multi-file spec into one JSON or YAML document (local $refs only).',
  usage: '[--spec PATH] [--out FILE] [--format json|yaml]',
  help: {
    out: 'FILE   write here (atomically) instead of standard output',
    format: "NAME   json or yaml (default: from --out's extension, else json)",
  },
  options: { out: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: false,
  async run(context) {
    const out = context.values.out as string | undefined;
    const format = oneOf(context, 'format', ['json', 'yaml'] as const, formatFromPath(out) ?? 'json');
    const text = await bundleSpec(specPath(context), format, loadOptions(context));
    if (out) {
      writeFileAtomic(out, text);
      context.stderr(`bundled into ${out}\n`);
    } else context.stdout(text);
    return EXIT.ok;
  },
};
