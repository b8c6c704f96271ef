import type { ProbeKind } from './refusal-probes.js';

/** One probe as sent, and what the receiver answered. */
export interface ProbeResult {
  eventType: string;
  kind: ProbeKind;
  label: string;
  status: number | null;
  body: string;
  /** Answered with a 2xx: the receiver accepted what it should have refused. */
  accepted: boolean;
  strictOnly: boolean;
}

/** The probes of one kind: how many were accepted, and what that most likely means. */
export interface ProbeGroup {
  kind: ProbeKind;
  sent: number;
  accepted: number;
  /** Fails the run (always, or only under --strict for a schema-breaking body). */
  failing: boolean;
  hint: string;
  /** The first accepted probe. */
  first?: { eventType: string; label: string; status: number | null };
}

const HINTS: Record<ProbeKind, [what: string, question: string]> = {
  'no-signature': ['a delivery with no signature', 'does the receiver check the signature header?'],
  'other-secret': ['a delivery signed with another secret', 'does the receiver verify the signature with its own secret?'],
  'altered-body': [
    'a body altered after signing',
    'does the receiver compute the signature over the raw body it received, before parsing it?',
  ],
  'stale-timestamp': ['a delivery whose timestamp is outside the tolerance', 'does the receiver check the signed timestamp (replays)?'],
  'missing-credentials': ['a delivery without credentials', 'does the receiver check the Authorization or API-key header?'],
  'wrong-credentials': ['a delivery with wrong credentials', 'does the receiver compare the credentials with its own?'],
  'schema-breaking': [
    'a signed body that breaks the schema',
    'a tolerant reader may; does the receiver validate the body? (fails the run only with --strict)',
  ],
};

/** Probe results by kind, in the order of first appearance. */
export function groupProbes(results: readonly ProbeResult[], strict: boolean): ProbeGroup[] {
  const groups = new Map<ProbeKind, ProbeGroup>();
  for (const r of results) {
    let group = groups.get(r.kind);
    if (!group) {
      group = { kind: r.kind, sent: 0, accepted: 0, failing: false, hint: HINTS[r.kind][1] };
      groups.set(r.kind, group);
    }
    group.sent++;
    if (!r.accepted) continue;
    group.accepted++;
    group.failing ||= strict || !r.strictOnly;
    group.first ??= { eventType: r.eventType, label: r.label, status: r.status };
  }
  return [...groups.values()];
}

/** `accepted a delivery with no signature: 1 of 1 — does the receiver check … (first: event: no X header → 204)` */
export function formatProbeGroup(g: ProbeGroup): string {
  const first = g.first ? ` (first: ${g.first.eventType}: ${g.first.label} → ${g.first.status})` : '';
  const verdict = g.failing ? 'accepted' : 'accepted (reported only)';
  return `${verdict} ${HINTS[g.kind][0]}: ${g.accepted} of ${g.sent} — ${g.hint}${first}`;
}
