import { UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { checkPacts } from '../../tools/contracts/check-pacts.js';
import { countLevels, formatContractFinding } from '../../tools/contracts/findings.js';
import { DEFAULT_PACTS, readPacts } from '../../tools/pacts/pact-file.js';
import { ofProvider } from '../../tools/pacts/pact-index.js';
import { specProvider } from '../../tools/pacts/pact-provider.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, oneOf, specPath } from '../options.js';

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
    const pactsPath = (context.values.pacts as string | undefined) ?? DEFAULT_PACTS;
    if (pactsPath === '') throw new UsageError('--pacts needs a folder or file', { where: '--pacts' });
    const read = readPacts(pactsPath);
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    const pacts = ofProvider(read, spec.document);
    const skipped = read.length - pacts.length;
    if (skipped > 0) context.stderr(`${skipped} pact(s) skipped: written against another provider than ${specProvider(spec.document)}\n`);
    const findings = checkPacts(spec, pacts);
    const { errors, warnings } = countLevels(findings);
    if (format === 'json') context.stdout(`${JSON.stringify({ findings, summary: { errors, warnings } }, null, 2)}\n`);
    else for (const f of findings) context.stdout(`${formatContractFinding(f)}\n`);
    const interactions = pacts.reduce((n, p) => n + p.interactions.length, 0);
    context.stderr(`${pacts.length} pact(s), ${interactions} interaction(s): ${errors} error(s), ${warnings} warning(s)\n`);
    return errors > 0 ? EXIT.problems : EXIT.ok;
  },
};
