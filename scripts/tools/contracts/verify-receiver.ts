import type { LoadedSpec } from '../../core/spec/load.js';
import { readDeclarations } from '../../core/spec/webhook-declarations.js';
import { compileEventValidators } from '../../core/validate/ajv.js';
import { SIGNATURE_EXTENSION } from '../../runtime/internal/webhook-extensions.js';
import { deliveryAuth, describeDeclared, type GivenCredentials } from './delivery-auth.js';
import { declaredHeaders, mergeHeaders } from './delivery-headers.js';
import { generatedPayloads } from './generated-payloads.js';
import { type EmptyEvent, eventsWithNothingToSend } from './nothing-to-send.js';
import { groupProbes, type ProbeGroup, type ProbeResult } from './probe-report.js';
import { type FailureGroup, groupFailures } from './receiver-failures.js';
import { givenPayloads, type InvalidPayload, idempotencyNotes, withGenerated } from './receiver-payloads.js';
import { altered, type Probe, refusalProbes } from './refusal-probes.js';
import { type Delivery, NOT_SENT, type Outgoing, type SendOptions, sendRequests, unique, variantRequests } from './send-variants.js';
import { type EventVariants, generateVariants } from './variants.js';

export interface ReceiverCheck {
  url: string;
  timeoutMs: number;
  /** Only this event (already checked to exist). */
  event?: string;
  credentials: GivenCredentials;
  env: Readonly<Record<string, string | undefined>>;
  /** `--idempotency-key`: one pointer for every event ("" for none); undefined: each event's declaration. */
  idempotencyKey?: string;
  /** `--header` values, [lower-case name, value]. */
  headers: ReadonlyArray<[string, string]>;
  /** Send the refusal probes after the documented payloads. */
  refusals: boolean;
  /** A schema-breaking body accepted fails the run. */
  strict: boolean;
  /** `--payloads PATH`: send these (validated first) instead of the documented payloads. */
  payloads?: string;
  /** Makes delivery ids and signed ids unique to this run. */
  runId: string;
}

export interface ReceiverReport {
  url: string;
  sent: number;
  failed: Delivery[];
  groups: FailureGroup[];
  nothingToSend: EmptyEvent[];
  /** `--payloads` items the event's schema rejects: listed, not sent. */
  invalidPayloads: InvalidPayload[];
  probes: ProbeResult[];
  refusals: ProbeGroup[];
  /** What the spec does or does not declare that affects the run, one line each. */
  notes: string[];
  /** The credentials sent, as the spec declares them. */
  credentials: string;
  /** Any documented payload refused, event with nothing to send, or failing probe accepted. */
  failing: boolean;
}

/**
 * Sends every documented payload of the selected events to a running receiver, with the headers and
 * credentials the spec declares, then (unless turned off) the refusal probes of each event; returns what
 * was answered. Throws UsageError for missing or uncalled-for credentials, InputError when nothing listens.
 */
export async function verifyReceiver(spec: LoadedSpec, check: ReceiverCheck): Promise<ReceiverReport> {
  const selected = spec.events.filter((e) => check.event === undefined || e.type === check.event);
  const declarations = new Map(selected.map((e) => [e.type, readDeclarations(spec, e)]));
  const authByEvent = new Map([...declarations].map(([type, d]) => [type, d.auth]));
  const auth = deliveryAuth(authByEvent, check.credentials, check.env, check.runId);
  const declared = [...authByEvent.values()].flat();
  const headersByEvent = new Map(selected.map((e) => [e.type, declaredHeaders(spec.document, e, readDeclarations(spec, e), check.runId)]));
  const validators = compileEventValidators(
    spec,
    selected.map((e) => e.type),
  );
  const given = check.payloads === undefined ? undefined : givenPayloads(check.payloads, check.event, declarations, validators);
  const payloads =
    given?.events ??
    withGenerated(
      generateVariants(spec, validators).filter((e) => declarations.has(e.eventType)),
      generatedPayloads(spec, validators, new Set(declarations.keys())),
    );
  const variants = payloads.flatMap((e) => e.variants);
  const keys = new Map([...declarations].map(([type, d]) => [type, check.idempotencyKey ?? d.idempotencyKey]));
  const notes = declared.length === 0 ? [`the spec declares no credentials (no ${SIGNATURE_EXTENSION}, no security): none are sent`] : [];
  notes.push(...idempotencyNotes(keys, check.idempotencyKey !== undefined, variants));
  const options: SendOptions = {
    timeoutMs: check.timeoutMs,
    auth,
    idempotencyKey: keys,
    headers: (type, n, payload) => headersByEvent.get(type)?.(n, payload) ?? {},
    extraHeaders: check.headers,
  };
  const deliveries = await sendRequests(check.url, variantRequests(variants, options), check.timeoutMs);
  const failed = deliveries.filter((d) => !accepted(d.status));
  // A receiver that stopped answering is not probed: that would cost one more timeout and prove nothing.
  const hung = deliveries.some((d) => d.body === NOT_SENT);
  const probes =
    check.refusals && !hung
      ? firstPayloads(payloads).flatMap(([type, payload]) =>
          refusalProbes({ eventType: type, payload, auth: authByEvent.get(type) ?? [], validate: validators.get(type) }),
        )
      : [];
  const requests = probes.map((p, i) => probeRequest(p, variants.length + i, options));
  const answers = await sendRequests(check.url, requests, check.timeoutMs);
  const results = probes.map((p, i): ProbeResult => {
    const a = answers[i] as Delivery;
    return {
      eventType: p.eventType,
      kind: p.kind,
      label: p.label,
      status: a.status,
      body: a.body,
      accepted: accepted(a.status),
      strictOnly: p.strictOnly,
    };
  });
  const refusals = groupProbes(results, check.strict);
  const nothingToSend = given ? [] : eventsWithNothingToSend(spec, payloads, check.event);
  const invalid = given?.invalid ?? [];
  return {
    url: check.url,
    sent: deliveries.length,
    failed,
    groups: groupFailures(failed),
    nothingToSend,
    invalidPayloads: invalid,
    probes: results,
    refusals,
    notes,
    credentials: declared.length ? describeDeclared(declared) : 'no credentials',
    failing: failed.length > 0 || nothingToSend.length > 0 || invalid.length > 0 || refusals.some((g) => g.failing),
  };
}

function accepted(status: number | null): boolean {
  return status !== null && status >= 200 && status <= 299;
}

/** Each event's first payload (its documented example), the base of its probes. */
function firstPayloads(events: readonly EventVariants[]): Array<[string, unknown]> {
  return events.flatMap((e) => (e.variants[0] ? [[e.eventType, e.variants[0].payload] as [string, unknown]] : []));
}

/** A probe as a request: declared headers and `--header`s as for any delivery, the credentials spoiled as it says. */
function probeRequest(probe: Probe, n: number, options: SendOptions): Outgoing {
  const key = options.idempotencyKey instanceof Map ? options.idempotencyKey.get(probe.eventType) : undefined;
  const payload = unique(probe.payload, key, n);
  const signed = JSON.stringify(payload);
  const body = probe.alterAfterSigning ? JSON.stringify(altered(payload)) : signed;
  const headers = mergeHeaders(
    { 'content-type': 'application/json' },
    options.headers?.(probe.eventType, n, payload) ?? {},
    options.extraHeaders ?? [],
    options.auth?.(probe.eventType, signed, n, probe.spoil) ?? {},
  );
  return { eventType: probe.eventType, variant: `probe: ${probe.label}`, body, headers };
}
