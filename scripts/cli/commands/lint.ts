import { lintReport } from '../../tools/lint/lint-report.js';
import { type Command, EXIT } from '../command.js';
import { loadOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'lint',
  summary: 'Lint the spec with Redocly (our rules in redocly.yaml) and check every example against its schema.',
  usage: '[--spec PATH] [--config FILE] [--format text|json]',
  help: {
    config: "FILE   Redocly config (default: redocly.yaml beside the spec, in the working directory, or the toolkit's)",
    format: 'NAME   text (file:line:col level rule-id message, level error or warning) or json',
  },
  options: { config: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: false,
  async run(context) {
    const report = await lintReport(specPath(context), {
      ...loadOptions(context),
      config: context.values.config as string | undefined,
      format: oneOf(context, 'format', ['text', 'json'] as const, 'text'),
    });
    context.stdout(report.stdout);
    context.stderr(report.stderr);
    return report.failed ? EXIT.problems : EXIT.ok;
  },
};
