import { type ContractFinding, finding } from './findings.js';
import { type BoundInteraction, bindInteractions } from './interaction-states.js';
import type { PactFile } from './pact-file.js';
import { buildReadTree, project } from './read-tree.js';
import { type CheckOutcome, type MessageCheck, runMessageChecks } from './run-verifier.js';
import { DOCUMENTED, stateName } from './state.js';
import type { EventVariants, Variant } from './variants.js';
import type { VerifierMismatch } from './verifier-report.js';

export interface InteractionResult {
  consumer: string;
  interaction: string;
  ok: boolean;
  mismatches: VerifierMismatch[];
}

export interface CoverageResult {
  consumer: string;
  eventType: string;
  /** Documented payloads of the event (examples and variants). */
  documented: number;
  /** Distinct payloads as far as the consumer reads them: each one went through the Pact Verifier. */
  verified: number;
  /** Documented payloads no interaction of the consumer accepts. */
  rejected: string[];
}

export interface VerifyResult {
  interactions: InteractionResult[];
  coverage: CoverageResult[];
  findings: ContractFinding[];
  /** How many messages the Pact Verifier checked. */
  checks: number;
}

export interface VerifyOptions {
  /** Send every documented payload through the verifier, instead of one per group that agrees on what the consumer reads. */
  exhaustive?: boolean;
  timeoutMs?: number;
}

interface Group {
  consumer: string;
  eventType: string;
  variants: Variant[];
  interactions: BoundInteraction[];
}

/**
 * Verifies consumer pacts against the documented payloads, with the Pact Verifier:
 * 1. each interaction against the variant its provider state names (the classic pact verification);
 * 2. every documented payload of the event against the consumer's interactions: each one must be accepted
 *    by at least one of them, or the consumer was never tested with a shape the spec allows. Payloads that
 *    agree on every field the consumer declares get one verdict (Pact ignores undeclared fields), so one
 *    of each such group is verified, first against the interaction whose state names it (else the one for
 *    the documented example), then, if that fails, against all the others.
 */
export async function verifyPacts(
  provider: string,
  pacts: readonly PactFile[],
  events: readonly EventVariants[],
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const { bound, findings } = bindInteractions(pacts, events);
  let counter = 0;
  const check = (target: BoundInteraction, variant: Variant): MessageCheck => ({
    id: `c${counter++}`,
    pact: target.pact,
    index: target.interaction.index,
    state: stateName(variant.eventType, variant.name),
    payload: variant.payload,
  });
  const declared = bound.map((b) => check(b, b.variant));
  const groups = groupByConsumerAndEvent(bound, events);
  const candidates = groups.flatMap((g) => representatives(g, options.exhaustive === true).map((r) => ({ group: g, ...r })));
  const first = candidates.map((c) => ({ candidate: c, check: check(c.target, c.variant) }));
  const run1 = await runMessageChecks(provider, [...declared, ...first.map((f) => f.check)], options.timeoutMs);
  const outcome = new Map(run1.map((o) => [o.check.id, o]));
  const accepted = new Set(first.filter((f) => outcome.get(f.check.id)?.ok).map((f) => f.candidate));
  const retry = candidates
    .filter((c) => !accepted.has(c))
    .flatMap((c) => c.group.interactions.filter((i) => i !== c.target).map((t) => ({ candidate: c, check: check(t, c.variant) })));
  for (const o of await runMessageChecks(
    provider,
    retry.map((r) => r.check),
    options.timeoutMs,
  ))
    if (o.ok) accepted.add(retry.find((r) => r.check === o.check)!.candidate);

  const interactions = bound.map((b, i) => {
    const result = outcome.get(declared[i]!.id) as CheckOutcome;
    for (const m of result.mismatches)
      findings.push(
        finding('interaction-failed', {
          consumer: b.pact.consumer,
          interaction: b.label,
          path: m.path,
          message: describeMismatch(m),
          file: b.pact.path,
        }),
      );
    return { consumer: b.pact.consumer, interaction: b.label, ok: result.ok, mismatches: result.mismatches };
  });
  const coverage = groups.map((g) => {
    const mine = candidates.filter((c) => c.group === g);
    const rejected = mine.filter((c) => !accepted.has(c));
    for (const c of rejected) {
      const nearest = first.find((f) => f.candidate === c && outcome.get(f.check.id));
      const mismatches = nearest ? (outcome.get(nearest.check.id)?.mismatches ?? []) : [];
      const via = nearest ? ` (against "${c.target.label}": ${mismatches.map(describeMismatchWithPath).join('; ')})` : '';
      findings.push(
        finding('variant-not-accepted', {
          consumer: g.consumer,
          interaction: '',
          path: mismatches[0]?.path ?? '',
          message: `no interaction accepts the documented payload "${c.variant.name}" of ${g.eventType}${c.also.length ? ` (nor ${c.also.length} payload(s) like it)` : ''}${via}`,
        }),
      );
    }
    return {
      consumer: g.consumer,
      eventType: g.eventType,
      documented: g.variants.length,
      verified: mine.length,
      rejected: rejected.map((c) => c.variant.name),
    };
  });
  return { interactions, coverage, findings, checks: run1.length + retry.length };
}

function groupByConsumerAndEvent(bound: BoundInteraction[], events: readonly EventVariants[]): Group[] {
  const groups = new Map<string, Group>();
  for (const b of bound) {
    const key = `${b.pact.consumer}\u0000${b.variant.eventType}`;
    const variants = events.find((e) => e.eventType === b.variant.eventType)?.variants ?? [];
    const group = groups.get(key) ?? { consumer: b.pact.consumer, eventType: b.variant.eventType, variants, interactions: [] };
    group.interactions.push(b);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** One variant per distinct projection (or every variant when exhaustive), with the interaction to try first. */
function representatives(group: Group, exhaustive: boolean): Array<{ variant: Variant; also: string[]; target: BoundInteraction }> {
  const tree = buildReadTree(group.interactions.map((i) => i.interaction.content));
  const byShape = new Map<string, Variant[]>();
  for (const variant of group.variants) {
    const key = exhaustive ? variant.name : JSON.stringify(project(variant.payload, tree));
    byShape.set(key, [...(byShape.get(key) ?? []), variant]);
  }
  const fallback = group.interactions.find((i) => i.variant.name === DOCUMENTED) ?? (group.interactions[0] as BoundInteraction);
  return [...byShape.values()].map((variants) => {
    const named = variants.find((v) => group.interactions.some((i) => i.variant.name === v.name));
    const variant = named ?? (variants[0] as Variant);
    const target = group.interactions.find((i) => i.variant.name === variant.name) ?? fallback;
    return { variant, also: variants.filter((v) => v !== variant).map((v) => v.name), target };
  });
}

function describeMismatch(m: VerifierMismatch): string {
  return m.expected || m.actual ? `expected ${m.expected || '(nothing)'}, actual ${m.actual || '(nothing)'}: ${m.message}` : m.message;
}

function describeMismatchWithPath(m: VerifierMismatch): string {
  return `${m.path ? `${m.path} ` : ''}${describeMismatch(m)}`;
}
