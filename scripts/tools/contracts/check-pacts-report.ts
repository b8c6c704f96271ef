import type { CompatOption } from '../../core/schema/compat.js';
import { loadSpec } from '../../core/spec/load.js';
import type { ToolReport } from '../../core/tool-report.js';
import { readPacts } from '../pacts/pact-file.js';
import { ofProvider } from '../pacts/pact-index.js';
import { specProvider } from '../pacts/pact-provider.js';
import { checkPacts } from './check-pacts.js';
import { countLevels, formatContractFinding } from './findings.js';

/** What `webhook-contracts check-pacts` prints: the findings (text lines or one JSON document), and the counts on standard error. */
export async function checkPactsReport(options: {
  specPath: string;
  compat: readonly CompatOption[];
  /** Overlay 1.0 files applied to the spec at load (`--overlay`). */
  overlays?: readonly string[];
  pacts: string;
  format: 'text' | 'json';
}): Promise<ToolReport> {
  const read = readPacts(options.pacts);
  const spec = await loadSpec(options.specPath, { compat: [...options.compat], overlays: [...(options.overlays ?? [])] });
  const pacts = ofProvider(read, spec.document);
  const skipped = read.length - pacts.length;
  const skippedLine =
    skipped > 0 ? `${skipped} pact(s) skipped: written against another provider than ${specProvider(spec.document)}\n` : '';
  const findings = checkPacts(spec, pacts);
  const { errors, warnings } = countLevels(findings);
  const interactions = pacts.reduce((n, p) => n + p.interactions.length, 0);
  return {
    stdout:
      options.format === 'json'
        ? `${JSON.stringify({ findings, summary: { errors, warnings } }, null, 2)}\n`
        : findings.map((f) => `${formatContractFinding(f)}\n`).join(''),
    stderr: `${skippedLine}${pacts.length} pact(s), ${interactions} interaction(s): ${errors} error(s), ${warnings} warning(s)\n`,
    failed: errors > 0,
  };
}
