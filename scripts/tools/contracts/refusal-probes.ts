import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { AuthRequirement } from '../../core/spec/webhook-declarations.js';
import { toProblems } from '../../core/validate/ajv.js';
import type { AuthSpoil } from './delivery-auth.js';

/** What a refusal probe does to an otherwise good delivery. */
export type ProbeKind =
  | 'no-signature'
  | 'other-secret'
  | 'altered-body'
  | 'stale-timestamp'
  | 'missing-credentials'
  | 'wrong-credentials'
  | 'schema-breaking';

/** One delivery a correct receiver refuses: its body, and how its credentials are spoiled. */
export interface Probe {
  eventType: string;
  kind: ProbeKind;
  /** What was done, e.g. `no X-Hub-Signature-256 header`, `body breaks the schema: /id must be string`. */
  label: string;
  payload: unknown;
  /** The body is signed, then altered before it is sent (altered()). */
  alterAfterSigning?: boolean;
  spoil?: AuthSpoil;
  /** Accepting it fails the run only under --strict (a tolerant reader may accept it). */
  strictOnly: boolean;
}

/** What one event contributes to the probes: a payload the receiver accepts, its credentials, its validator. */
export interface ProbeBase {
  eventType: string;
  payload: unknown;
  auth: readonly AuthRequirement[];
  validate: ValidateFunction | undefined;
}

/**
 * The refusal probes of one event: for each credential, its absence and a wrong one (another secret
 * for an HMAC), plus for an HMAC the body altered after signing and, when the scheme signs a timestamp,
 * one outside its tolerance; then a correctly signed body the schema rejects. A constant number per event.
 */
export function refusalProbes(base: ProbeBase): Probe[] {
  const probes: Probe[] = [];
  const add = (kind: ProbeKind, label: string, extra: Partial<Probe> = {}) =>
    probes.push({ eventType: base.eventType, kind, label, payload: base.payload, strictOnly: false, ...extra });
  base.auth.forEach((r, requirement) => {
    if (r.kind === 'hmac') {
      const { scheme } = r;
      add('no-signature', `no ${scheme.header} header`, { spoil: { requirement, change: 'omit' } });
      add('other-secret', 'signed with another secret', { spoil: { requirement, change: 'wrong' } });
      add('altered-body', 'body altered after signing', { alterAfterSigning: true });
      if (scheme.timestampHeader || scheme.timestampParam) {
        add('stale-timestamp', `timestamp ${scheme.tolerance ?? 300} s + 1 h old`, { spoil: { requirement, change: 'stale' } });
      }
      return;
    }
    const header = r.kind === 'apiKey' ? r.header : 'Authorization';
    add('missing-credentials', `no ${header} header (${r.name})`, { spoil: { requirement, change: 'omit' } });
    add('wrong-credentials', `wrong ${header} (${r.name})`, { spoil: { requirement, change: 'wrong' } });
  });
  const broken = schemaBreaking(base.payload, base.validate);
  if (broken) add('schema-breaking', `body breaks the schema: ${broken.problem}`, { payload: broken.payload, strictOnly: true });
  return probes;
}

/** The payload with its first string (depth first) changed, or with a trailing space when it holds none. */
export function altered(payload: unknown): unknown {
  const copy = structuredClone(payload);
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node) || (node !== null && typeof node === 'object')) {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (typeof record[key] === 'string') {
          record[key] = `${record[key]}-altered`;
          return true;
        }
        if (visit(record[key])) return true;
      }
    }
    return false;
  };
  return visit(copy) ? copy : typeof copy === 'string' ? `${copy}-altered` : { altered: copy };
}

/**
 * A body the event's schema rejects, made from a valid one: a top-level property removed, else one
 * given a value of another type, else an array for the whole body. Undefined when nothing tried is
 * rejected (a schema that admits anything) or there is no validator.
 */
export function schemaBreaking(
  payload: unknown,
  validate: ValidateFunction | undefined,
): { payload: unknown; problem: string } | undefined {
  if (!validate) return undefined;
  const candidates: unknown[] = [];
  if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) {
    const record = payload as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const { [key]: _dropped, ...rest } = record;
      candidates.push(rest);
    }
    for (const key of Object.keys(record)) candidates.push({ ...record, [key]: typeof record[key] === 'number' ? 'not-a-number' : 12345 });
  }
  candidates.push([payload]);
  for (const candidate of candidates) {
    if (validate(candidate)) continue;
    const first = toProblems(validate.errors)[0];
    return { payload: candidate, problem: first ? `${first.pointer || '/'} ${first.message}` : 'rejected' };
  }
  return undefined;
}
