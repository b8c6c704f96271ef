import { UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { DEFAULT_PACTS, readPacts } from '../../tools/contracts/pact-file.js';
import { listVariants, renderVerification, verifySpec } from '../../tools/contracts/verify-spec.js';
import { type Command, EXIT } from '../command.js';
import { loadOptions, oneOf, specPath } from '../options.js';

export const command: Command = {
  name: 'verify',
  summary: 'Verify consumer message pacts against every documented payload (examples and schema variants) with the Pact Verifier.',
  usage: '[--pacts DIR|FILE] [--spec PATH] [--exhaustive] [--format text|json] | --list-variants',
  help: {
    pacts: `DIR    pact files to verify (default ${DEFAULT_PACTS})`,
    exhaustive: '       send every documented payload through the verifier, not one per shape the consumer reads',
    'list-variants': '       print the documented payloads of each event (the names provider states use) and exit',
    format: 'NAME   text or json',
  },
  options: { pacts: { type: 'string' }, exhaustive: { type: 'boolean' }, 'list-variants': { type: 'boolean' }, format: { type: 'string' } },
  allowPositionals: false,
  async run(context) {
    const format = oneOf(context, 'format', ['text', 'json'] as const, 'text');
    const pactsPath = (context.values.pacts as string | undefined) ?? DEFAULT_PACTS;
    if (pactsPath === '') throw new UsageError('--pacts needs a folder or file', { where: '--pacts' });
    const exhaustive = context.values.exhaustive === true;
    if (context.values['list-variants'] === true) {
      context.stdout(listVariants(await loadSpec(specPath(context), loadOptions(context))));
      return EXIT.ok;
    }
    const pacts = readPacts(pactsPath); // bad pacts are bad input before the spec is loaded
    const spec = await loadSpec(specPath(context), loadOptions(context));
    const result = await verifySpec(spec, pactsPath, pacts, { exhaustive });
    const { errors, warnings } = result.summary;
    context.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderVerification(result, exhaustive));
    context.stderr(
      `${result.interactions.length} interaction(s), ${result.checks} message(s) verified: ${errors} error(s), ${warnings} warning(s)\n`,
    );
    return errors > 0 ? EXIT.problems : EXIT.ok;
  },
};
