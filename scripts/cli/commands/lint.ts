import { formatFinding } from '../../tools/lint/findings.js';
import { lintSpec } from '../../tools/lint/lint-spec.js';
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
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    const result = await lintSpec(specPath(context), {
      ...loadOptions(context),
      config: context.values.config as string | undefined,
    });
    if (format === 'json') {
      context.stdout(
        `${JSON.stringify({ findings: result.findings, summary: { errors: result.errors, warnings: result.warnings } }, null, 2)}\n`,
      );
    } else {
      for (const finding of result.findings) context.stdout(`${formatFinding(finding)}\n`);
      context.stderr(`${result.errors} error(s), ${result.warnings} warning(s)\n`);
    }
    return result.errors > 0 ? EXIT.problems : EXIT.ok;
  },
};
