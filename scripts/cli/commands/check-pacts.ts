import { UsageError } from '../../core/errors.js';
import { checkPactsReport } from '../../tools/contracts/check-pacts-report.js';
import { DEFAULT_PACTS } from '../../tools/contracts/pact-file.js';
import { type Command, EXIT } from '../command.js';
import { loadOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'check-pacts',
  summary: 'Check that every field consumer pacts rely on exists in the spec with a compatible type; warn on uncovered null/absent cases.',
  usage: '[--pacts DIR|FILE] [--spec PATH] [--format text|json]',
  help: {
    pacts: `DIR    pact files to check (default ${DEFAULT_PACTS})`,
    format: 'NAME   text (`level id: consumer "interaction" path: message`) or json',
  },
  options: { pacts: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: false,
  async run(context) {
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    const pacts = (context.values.pacts as string | undefined) ?? DEFAULT_PACTS;
    if (pacts === '') throw new UsageError('--pacts needs a folder or file', { where: '--pacts' });
    const report = await checkPactsReport({ specPath: specPath(context), ...loadOptions(context), pacts, format });
    context.stdout(report.stdout);
    context.stderr(report.stderr);
    return report.failed ? EXIT.problems : EXIT.ok;
  },
};
