import type { CompatOption } from '../../core/schema/compat.js';
import { loadSpec } from '../../core/spec/load.js';
import { terminalLine } from '../../core/text/terminal.js';
import type { ToolReport } from '../../core/tool-report.js';
import { assertEventType, checkItems, type ItemResult, type ValidationReport } from '../../core/validate/check-payloads.js';
import type { PayloadItem } from '../../core/validate/read-payloads.js';
import { refuseUnsafePatterns } from '../../core/validate/unsafe-patterns.js';

/**
 * What `webhook-contracts validate` prints for payloads already read (the shell reads the files, folders,
 * NDJSON and standard input): `ok PATH`, or `PATH POINTER message` per problem; or one JSON document.
 */
export async function validateReport(options: {
  specPath: string;
  compat: readonly CompatOption[];
  /** Overlay 1.0 files applied to the spec at load (`--overlay`). */
  overlays?: readonly string[];
  /** Go on with a pattern that can backtrack catastrophically (`--allow-unsafe-patterns`). */
  allowUnsafePatterns?: boolean;
  /** The event type of payloads that do not name their own; without it, the spec's declaration decides. */
  event?: string;
  format: 'text' | 'json';
  /** Called once the spec is known to declare the event, so that no payload is read for an unknown one. */
  payloads: () => Promise<PayloadItem[]>;
}): Promise<ToolReport> {
  const spec = await loadSpec(options.specPath, { compat: [...options.compat], overlays: [...(options.overlays ?? [])] });
  refuseUnsafePatterns(spec, options.allowUnsafePatterns === true);
  if (options.event !== undefined) assertEventType(spec, options.event);
  const items = await options.payloads();
  const report = checkItems(spec, items, options.event === undefined ? {} : { event: options.event });
  return {
    stdout: options.format === 'json' ? renderJson(report) : renderText(report),
    stderr: options.format === 'text' && items.length > 1 ? `${summaryLine(report)}\n` : '',
    failed: report.results.some((r) => r.findings.length > 0),
  };
}

function renderText({ results }: ValidationReport): string {
  const lines = results
    .flatMap((r) => {
      const head = r.resolved ? `${r.source} ${r.event ?? '(no event)'}` : r.source;
      if (r.findings.length === 0) return [`ok ${head}`];
      return r.findings.map((f) =>
        f.id === 'payload-invalid' ? `${head} ${f.location.pointer || '/'} ${f.message}` : `${head} ${f.message}`,
      );
    })
    .map(terminalLine); // the payload and the spec write the pointers, messages and event names
  return `${lines.join('\n')}\n`;
}

/** `3 payloads: 1 valid, 1 invalid, 1 without a known event type`. */
function summaryLine({ summary }: ValidationReport): string {
  const parts = [`${summary.valid} valid`, `${summary.invalid} invalid`];
  if (summary.unresolved > 0) parts.push(`${summary.unresolved} without a known event type`);
  return `${summary.payloads} payloads: ${parts.join(', ')}`;
}

/** One result per payload, each problem in the one finding shape (docs/reference/findings.md), and the counts. */
function renderJson(report: ValidationReport): string {
  const results = report.results.map((r: ItemResult) => ({
    file: r.source,
    event: r.event,
    valid: r.findings.length === 0,
    findings: r.findings,
  }));
  return `${JSON.stringify({ results, summary: report.summary }, null, 2)}\n`;
}
