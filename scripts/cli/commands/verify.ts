import { UsageError } from '../../core/errors.js';
import { loadSpec } from '../../core/spec/load.js';
import { terminalLine } from '../../core/text/terminal.js';
import { documentedPayloads } from '../../tools/contracts/documented-payloads.js';
import { countLevels, finding, formatContractFinding } from '../../tools/contracts/findings.js';
import { eventsWithNothingToSend } from '../../tools/contracts/nothing-to-send.js';
import { DEFAULT_PACTS, readPacts } from '../../tools/contracts/pact-file.js';
import { belongsToProvider, specProvider } from '../../tools/contracts/pact-provider.js';
import { type VerifyResult, verifyPacts } from '../../tools/contracts/verify-pacts.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, oneOf, specPath } from '../options.js';

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
    const listOnly = context.values['list-variants'] === true;
    const allPacts = listOnly ? [] : readPacts(pactsPath);
    const spec = await loadSpec(specPath(context), { compat: compatOptions(context) });
    const provider = specProvider(spec.document);
    const pacts = allPacts.filter((p) => belongsToProvider(p.provider, provider));
    const events = documentedPayloads(spec);
    for (const e of events) if (e.limit) context.stderr(`${terminalLine(`${e.eventType}: ${e.limit}`)}\n`);
    if (listOnly) {
      for (const e of events) context.stdout(`${e.eventType} (${e.variants.length})\n${e.variants.map((v) => `  ${v.name}\n`).join('')}`);
      return EXIT.ok;
    }
    if (pacts.length === 0 && !listOnly) {
      const found = [...new Set(allPacts.map((p) => p.provider))].join(', ');
      context.stderr(
        `no pact in ${pactsPath} is for provider ${provider ?? '(none declared)'} (they are for: ${found}): no consumer is verified\n`,
      );
    }
    const results: VerifyResult[] = [];
    for (const provider of new Set(pacts.map((p) => p.provider))) {
      results.push(
        await verifyPacts(
          provider,
          pacts.filter((p) => p.provider === provider),
          events,
          { exhaustive: context.values.exhaustive === true },
        ),
      );
    }
    const merged: VerifyResult = {
      interactions: results.flatMap((r) => r.interactions),
      coverage: results.flatMap((r) => r.coverage),
      findings: [
        ...eventsWithNothingToSend(spec, events).map((e) =>
          finding('event-nothing-to-send', {
            consumer: '',
            interaction: '',
            path: '',
            message: `${e.eventType}: nothing to send: ${e.reason}`,
          }),
        ),
        ...results.flatMap((r) => r.findings),
      ],
      checks: results.reduce((n, r) => n + r.checks, 0),
    };
    const { errors, warnings } = countLevels(merged.findings);
    if (format === 'json') context.stdout(`${JSON.stringify({ ...merged, summary: { errors, warnings } }, null, 2)}\n`);
    else context.stdout(renderText(merged, context.values.exhaustive === true));
    context.stderr(
      `${merged.interactions.length} interaction(s), ${merged.checks} message(s) verified: ${errors} error(s), ${warnings} warning(s)\n`,
    );
    return errors > 0 ? EXIT.problems : EXIT.ok;
  },
};

function renderText(result: VerifyResult, exhaustive: boolean): string {
  const lines: string[] = [];
  for (const consumer of new Set([...result.interactions.map((i) => i.consumer), ...result.findings.map((f) => f.consumer)])) {
    lines.push(consumer);
    for (const i of result.interactions.filter((x) => x.consumer === consumer)) {
      lines.push(`  ${i.ok ? 'ok  ' : 'FAIL'} ${i.interaction}`);
      for (const m of i.mismatches)
        lines.push(
          `       ${m.path || '(message)'}: expected ${m.expected || '(nothing)'}, actual ${m.actual || '(nothing)'}: ${m.message}`,
        );
    }
    for (const c of result.coverage.filter((x) => x.consumer === consumer)) {
      const verdict = c.rejected.length === 0 ? 'all accepted' : `${c.rejected.length} not accepted`;
      const sent = exhaustive ? `all ${c.verified} sent (--exhaustive)` : `${c.verified} distinct as ${consumer} reads them`;
      lines.push(`  ${c.eventType}: ${c.documented} documented payload(s), ${sent}: ${verdict}`);
    }
  }
  for (const f of result.findings) lines.push(formatContractFinding(f));
  return `${lines.join('\n')}\n`;
}
