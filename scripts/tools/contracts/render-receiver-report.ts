import { type Finding, location } from '../../core/findings.js';
import { formatProbeGroup } from './probe-report.js';
import { formatFailureGroup } from './receiver-failures.js';
import type { ReceiverReport } from './verify-receiver.js';

/** The report as the shell prints it: the findings on stdout, the notes and the summary on stderr. */
export function renderReceiverReport(report: ReceiverReport, format: 'text' | 'json'): { stdout: string; stderr: string } {
  const notes = report.notes.map((n) => `${n}\n`).join('');
  const stderr = `${notes}${summary(report)}`;
  if (format === 'json') {
    const { url, sent, failed, groups, nothingToSend, invalidPayloads, probes, refusals } = report;
    const json = { url, sent, failed, groups, nothingToSend, invalidPayloads, probes, refusals, findings: findings(report) };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr };
  }
  const lines = [
    ...report.groups.map(formatFailureGroup),
    ...report.invalidPayloads.map((p) => `${p.position}: not sent: invalid ${p.event} payload: ${p.problem}`),
    ...report.nothingToSend.map((e) => `${e.eventType}: nothing to send: ${e.reason}`),
    ...report.refusals.filter((g) => g.accepted > 0).map(formatProbeGroup),
  ];
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr };
}

function summary(r: ReceiverReport): string {
  const invalid = r.invalidPayloads.length ? `; ${r.invalidPayloads.length} invalid payload(s) not sent` : '';
  const empty = `${invalid}${r.nothingToSend.length ? `; ${r.nothingToSend.length} event(s) with nothing to send` : ''}`;
  const documented = `${r.sent} documented payload(s) sent to ${r.url} (${r.credentials}): ${r.sent - r.failed.length} accepted, ${r.failed.length} not${empty}\n`;
  if (r.probes.length === 0) return documented;
  const refused = r.probes.filter((p) => !p.accepted).length;
  return `${documented}${r.probes.length} refusal probe(s) sent: ${refused} refused, ${r.probes.length - refused} accepted\n`;
}

/** Each refused delivery and each accepted probe as a finding of the one shape (docs/reference/findings.md). */
function findings(r: ReceiverReport): Finding[] {
  const refused = r.failed.map(
    (d): Finding => ({
      id: 'payload-refused',
      level: 'error',
      message: `${d.eventType}: ${d.variant}: ${d.status ?? 'no answer'} ${d.body}`,
      location: location({}),
    }),
  );
  const probes = r.probes
    .filter((p) => p.accepted)
    .map(
      (p): Finding => ({
        id: 'probe-accepted',
        level: p.strictOnly && !r.refusals.find((g) => g.kind === p.kind)?.failing ? 'warning' : 'error',
        message: `${p.eventType}: ${p.label}: ${p.status} ${p.body}`,
        location: location({}),
      }),
    );
  const invalid = r.invalidPayloads.map(
    (p): Finding => ({
      id: 'payload-invalid',
      level: 'error',
      message: `${p.event}: ${p.problem}`,
      location: location({ file: p.position }),
    }),
  );
  return [...refused, ...invalid, ...probes];
}
