import type { LoadedSpec } from '../../core/spec/load.js';
import { documentedPayloads } from './documented-payloads.js';
import { countLevels, finding, formatContractFinding } from './findings.js';
import { eventsWithNothingToSend } from './nothing-to-send.js';
import type { PactFile } from './pact-file.js';
import { belongsToProvider, specProvider } from './pact-provider.js';
import type { EventVariants } from './variants.js';
import { type VerifyResult, verifyPacts } from './verify-pacts.js';

export interface SpecVerification extends VerifyResult {
  summary: { errors: number; warnings: number };
}

/**
 * Verifies every pact read from `pactsPath` (readPacts) written against the spec's provider (`info.x-pact-provider`)
 * with the Pact Verifier, against the spec's documented payloads. No pact for that provider is an error
 * finding (`no-pact-for-provider`) naming the providers the pacts are for: nothing was verified.
 */
export async function verifySpec(
  spec: LoadedSpec,
  pactsPath: string,
  allPacts: readonly PactFile[],
  options: { exhaustive: boolean },
): Promise<SpecVerification> {
  const provider = specProvider(spec.document);
  const pacts = allPacts.filter((p) => belongsToProvider(p.provider, provider));
  const events = documentedPayloads(spec);
  const results: VerifyResult[] = [];
  for (const name of new Set(pacts.map((p) => p.provider))) {
    results.push(
      await verifyPacts(
        name,
        pacts.filter((p) => p.provider === name),
        events,
        options,
      ),
    );
  }
  const facts = { consumer: '', interaction: '', path: '' };
  const found = [...new Set(allPacts.map((p) => p.provider))].join(', ') || 'none';
  const findings = [
    ...(pacts.length === 0
      ? [
          finding('no-pact-for-provider', {
            ...facts,
            message: `no pact in ${pactsPath} is for provider ${provider ?? '(none declared)'} (the spec's info.x-pact-provider); the pacts there are for: ${found}: no consumer is verified`,
          }),
        ]
      : []),
    ...eventsWithNothingToSend(spec, events).map((e) =>
      finding('event-nothing-to-send', { ...facts, message: `${e.eventType}: nothing to send: ${e.reason}` }),
    ),
    ...results.flatMap((r) => r.findings),
  ];
  return {
    interactions: results.flatMap((r) => r.interactions),
    coverage: results.flatMap((r) => r.coverage),
    findings,
    checks: results.reduce((n, r) => n + r.checks, 0),
    summary: countLevels(findings),
  };
}

/** `verify --list-variants`: each event's documented payloads, by the names provider states use. */
export function listVariants(spec: LoadedSpec): string {
  return documentedPayloads(spec)
    .map((e: EventVariants) => `${e.eventType} (${e.variants.length})\n${e.variants.map((v) => `  ${v.name}\n`).join('')}`)
    .join('');
}

/** The text report: per consumer its interactions and coverage, then every finding. */
export function renderVerification(result: VerifyResult, exhaustive: boolean): string {
  const lines: string[] = [];
  for (const consumer of new Set([...result.interactions.map((i) => i.consumer), ...result.findings.map((f) => f.consumer)])) {
    if (consumer) lines.push(consumer);
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
