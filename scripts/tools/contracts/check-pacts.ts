import type { LoadedSpec } from '../../core/spec/load.js';
import { type ContractFacts, type ContractFinding, finding, interactionLabel } from './findings.js';
import { coverage, type Read } from './pact-coverage.js';
import type { MessageInteraction, PactFile } from './pact-file.js';
import { pactPath, type Rule, rulesAt } from './pact-rules.js';
import { FORMAT_SAMPLES } from './sample-value.js';
import { childField, type FieldFacts, jsonType } from './schema-path.js';
import { dotted, parseState } from './state.js';

type Path = (string | number)[];

/**
 * Checks pacts against the spec without running anything: every field an interaction declares must exist
 * in the event's schema at that path with a compatible type (a regex must accept every sample of the
 * field's format); a field the spec allows to be null or absent, read without an interaction that has it
 * null or absent, is a warning.
 */
export function checkPacts(spec: LoadedSpec, pacts: readonly PactFile[]): ContractFinding[] {
  const findings: ContractFinding[] = [];
  const reads: Read[] = [];
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      const state = interaction.states[0];
      const label = interactionLabel(interaction.description, state);
      const parsed = state ? parseState(state) : undefined;
      const event = spec.events.find((e) => e.type === parsed?.eventType);
      const base = { consumer: pact.consumer, interaction: label, path: '', file: pact.path };
      if (!parsed) {
        findings.push(finding('state-missing', { ...base, message: 'the interaction needs a provider state "<event type>: <variant>"' }));
        continue;
      }
      if (!event?.body) {
        findings.push(finding('state-unknown-event', { ...base, message: `the spec documents no event "${parsed.eventType}"` }));
        continue;
      }
      const visit = (value: unknown, parents: string[], path: Path) => {
        if (value === null || typeof value !== 'object') return;
        const entries: Array<[string | '*', unknown]> = Array.isArray(value) ? value.map((v) => ['*', v]) : Object.entries(value);
        for (const [key, child] of entries) {
          const childPath = [...path, key];
          const facts = childField(spec, parents, key);
          if (!facts) {
            findings.push(
              finding('field-not-in-spec', {
                ...base,
                path: pactPath(childPath),
                message: `${pact.consumer} relies on ${dotted(childPath)}, which ${parsed.eventType} does not document`,
              }),
            );
            continue;
          }
          reads.push({ pact, interaction, label, eventType: parsed.eventType, path: childPath, value: child, facts });
          findings.push(...checkField(pact, interaction, label, childPath, child, facts));
          visit(child, facts.pointers, childPath);
        }
      };
      visit(interaction.content, [event.body.schemaPointer], []);
    }
  }
  return dedupe([...findings, ...coverage(reads)]);
}

function checkField(
  pact: PactFile,
  interaction: MessageInteraction,
  label: string,
  path: Path,
  value: unknown,
  facts: FieldFacts,
): ContractFinding[] {
  const base = { consumer: pact.consumer, interaction: label, path: pactPath(path), file: pact.path };
  const at = dotted(path);
  const out: ContractFinding[] = [];
  const type = jsonType(value);
  const allowed = [...facts.types].join(' or ') || 'anything';
  if (value === null) {
    if (!facts.nullable)
      out.push(
        finding('type-incompatible', {
          ...base,
          message: `expects ${at} to be null, but the spec never sends null there (it is ${allowed})`,
        }),
      );
    return out;
  }
  const fits = (t: string) => facts.types.size === 0 || facts.types.has(t) || (t === 'integer' && facts.types.has('number'));
  for (const rule of rulesAt(interaction, path)) {
    const match = rule.match ?? 'equality';
    if ((match === 'type' || match === 'equality') && !fits(type)) {
      out.push(finding('type-incompatible', { ...base, message: `expects ${at} to be ${type}, but the spec says ${allowed}` }));
    }
    if (match === 'integer' && [...facts.types].some((t) => t !== 'integer')) {
      out.push(finding('type-incompatible', { ...base, message: `matches ${at} as an integer, but the spec allows ${allowed}` }));
    }
    if ((match === 'decimal' || match === 'number') && !facts.types.has('number') && !facts.types.has('integer')) {
      out.push(finding('type-incompatible', { ...base, message: `matches ${at} as a number, but the spec says ${allowed}` }));
    }
    if (match === 'boolean' && !facts.types.has('boolean')) {
      out.push(finding('type-incompatible', { ...base, message: `matches ${at} as a boolean, but the spec says ${allowed}` }));
    }
    if (match === 'equality' && facts.values && typeof value !== 'object' && !facts.values.includes(value)) {
      out.push(
        finding('value-not-allowed', {
          ...base,
          message: `expects ${at} to equal ${JSON.stringify(value)}, which the spec does not allow (${facts.values.map((v) => JSON.stringify(v)).join(', ')})`,
        }),
      );
    }
    if (match === 'regex') out.push(...checkRegex(base, at, rule, facts));
  }
  return out;
}

function checkRegex(base: Omit<ContractFacts, 'message'>, at: string, rule: Rule, facts: FieldFacts): ContractFinding[] {
  const source = String(rule.regex ?? '');
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch {
    return [finding('regex-rejects-format', { ...base, message: `the regex /${source}/ for ${at} is not a valid regular expression` })];
  }
  const samples = [
    ...[...facts.formats].flatMap((f) => (FORMAT_SAMPLES[f] ?? []).map((s) => ({ s, why: `a valid ${f}` }))),
    ...(facts.values ?? []).map((v) => ({ s: String(v), why: 'an allowed value' })),
  ];
  if (!facts.types.has('string') && facts.types.size > 0) {
    return [
      finding('type-incompatible', { ...base, message: `matches ${at} with a regex, but the spec says ${[...facts.types].join(' or ')}` }),
    ];
  }
  return samples
    .filter(({ s }) => !regex.test(s))
    .map(({ s, why }) => finding('regex-rejects-format', { ...base, message: `the regex /${source}/ for ${at} rejects "${s}", ${why}` }));
}

/** The same finding in several interactions of one consumer is reported once, naming the first. */
function dedupe(findings: ContractFinding[]): ContractFinding[] {
  const groups = new Map<string, ContractFinding[]>();
  for (const f of findings) {
    const key = `${f.id}\u0000${f.consumer}\u0000${f.path}\u0000${f.message}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map(([first, ...rest]) =>
    rest.length === 0
      ? (first as ContractFinding)
      : { ...(first as ContractFinding), interaction: `${first?.interaction} (and ${rest.length} more)` },
  );
}
