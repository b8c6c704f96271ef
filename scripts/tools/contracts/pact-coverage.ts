import { type ContractFinding, finding } from './findings.js';
import type { MessageInteraction, PactFile } from './pact-file.js';
import { pactPath } from './pact-rules.js';
import type { FieldFacts } from './schema-path.js';
import { dotted, stateName } from './state.js';

/** One field one interaction declares, with what the spec says about it. */
export interface Read {
  pact: PactFile;
  interaction: MessageInteraction;
  label: string;
  eventType: string;
  path: (string | number)[];
  value: unknown;
  facts: FieldFacts;
}

/** A nullable or optional field read without an interaction covering null or absence. */
export function coverage(reads: Read[]): ContractFinding[] {
  const findings: ContractFinding[] = [];
  const seen = new Set<string>();
  for (const read of reads) {
    const key = `${read.pact.consumer}\u0000${read.eventType}\u0000${dotted(read.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const peers = reads.filter((r) => r.pact.consumer === read.pact.consumer && r.eventType === read.eventType);
    const same = (r: Read) => dotted(r.path) === dotted(read.path);
    const parent = dotted(read.path.slice(0, -1));
    const at = dotted(read.path);
    const base = { consumer: read.pact.consumer, interaction: '', path: pactPath(read.path), file: read.pact.path };
    if (read.facts.nullable && !peers.some((r) => same(r) && r.value === null)) {
      findings.push(
        finding('null-not-covered', {
          ...base,
          message: `reads ${at}, which the spec allows to be null, but no interaction has it null (add one with state "${stateName(read.eventType, `${at} is null`)}")`,
        }),
      );
    }
    const interactionsWithParent = new Set(
      peers.filter((r) => (read.path.length === 1 ? true : dotted(r.path) === parent)).map((r) => r.interaction),
    );
    const withIt = new Set(peers.filter(same).map((r) => r.interaction));
    const absentSomewhere =
      [...interactionsWithParent].some((i) => !withIt.has(i)) ||
      (read.path.length === 1 && read.pact.interactions.some((i) => !withIt.has(i)));
    if (!read.facts.required && !read.path.includes('*') && !absentSomewhere) {
      findings.push(
        finding('absence-not-covered', {
          ...base,
          message: `reads ${at}, which the spec allows to be absent, but no interaction leaves it out (add one with state "${stateName(read.eventType, `${at} is absent`)}")`,
        }),
      );
    }
  }
  return findings;
}
