import { type Finding, location } from '../../core/findings.js';
import { relativeToCwd } from '../../core/relative-path.js';
import type { CompatOption } from '../../core/schema/compat.js';
import { loadSpec } from '../../core/spec/load.js';
import type { ToolReport } from '../../core/tool-report.js';
import { assertEventType, checkPayloads, type PayloadResult } from '../../core/validate/check-payloads.js';
import type { PayloadInput } from '../../core/validate/read-payload.js';

/**
 * What `webhook-contracts validate` prints for payloads already read (the shell reads the files and standard
 * input): `ok FILE`, or `FILE POINTER message` per problem; or one JSON document.
 */
export async function validateReport(options: {
  specPath: string;
  compat: readonly CompatOption[];
  event: string;
  format: 'text' | 'json';
  /** Called once the spec is known to declare the event, so that no payload is read for an unknown one. */
  payloads: () => Promise<PayloadInput[]>;
}): Promise<ToolReport> {
  const spec = await loadSpec(options.specPath, { compat: [...options.compat] });
  assertEventType(spec, options.event);
  const results = checkPayloads(spec, options.event, await options.payloads());
  return {
    stdout: options.format === 'json' ? renderJson(results) : renderText(results),
    stderr: '',
    failed: results.some((r) => r.problems.length > 0),
  };
}

function renderText(results: PayloadResult[]): string {
  const lines = results.flatMap(({ file, problems }) =>
    problems.length === 0 ? [`ok ${file}`] : problems.map((p) => `${file} ${p.pointer || '/'} ${p.message}`),
  );
  return `${lines.join('\n')}\n`;
}

/** Each problem in the one finding shape (docs/findings.md): `payload-invalid`, at its pointer in the payload file. */
function renderJson(results: PayloadResult[]): string {
  const rows = results.map(({ file, problems }) => ({
    file,
    valid: problems.length === 0,
    findings: problems.map(
      ({ pointer, message }): Finding<'error'> => ({
        id: 'payload-invalid',
        level: 'error',
        message,
        location: location({ file: file === '-' ? '' : relativeToCwd(file), pointer }),
      }),
    ),
  }));
  return `${JSON.stringify({ results: rows }, null, 2)}\n`;
}
