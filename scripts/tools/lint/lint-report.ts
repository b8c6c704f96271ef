import type { CompatOption } from '../../core/schema/compat.js';
import type { ToolReport } from '../../core/tool-report.js';
import { formatFinding } from './findings.js';
import { lintSpec } from './lint-spec.js';

/** What `webhook-contracts lint` prints: the findings as text lines (counts on standard error) or as one JSON document. */
export async function lintReport(
  specPath: string,
  options: {
    compat: readonly CompatOption[];
    /** Overlay 1.0 files applied to the spec at load (`--overlay`). */
    overlays?: readonly string[];
    config?: string | undefined;
    format: 'text' | 'json';
  },
): Promise<ToolReport> {
  const result = await lintSpec(specPath, { compat: [...options.compat], overlays: [...(options.overlays ?? [])], config: options.config });
  const failed = result.errors > 0;
  if (options.format === 'json') {
    const summary = { errors: result.errors, warnings: result.warnings };
    return { stdout: `${JSON.stringify({ findings: result.findings, summary }, null, 2)}\n`, stderr: '', failed };
  }
  return {
    stdout: result.findings.map((finding) => `${formatFinding(finding)}\n`).join(''),
    stderr: `${result.errors} error(s), ${result.warnings} warning(s)\n`,
    failed,
  };
}
