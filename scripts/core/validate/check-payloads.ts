import type { ValidateFunction } from 'ajv/dist/2020.js';
import { knownNamesHint } from '../../runtime/nearest-names.js';
import { InputError } from '../errors.js';
import { type Finding, location } from '../findings.js';
import { relativeToCwd } from '../relative-path.js';
import type { LoadedSpec } from '../spec/load.js';
import { compileEventValidators, type PayloadProblem, toProblems } from './ajv.js';
import type { PayloadInput } from './read-payload.js';
import type { PayloadItem } from './read-payloads.js';
import { eventResolver } from './resolve-event.js';

export interface PayloadResult {
  file: string;
  problems: PayloadProblem[];
}

/** The event types of a spec that document a JSON body, in spec order. */
export function payloadEventTypes(spec: LoadedSpec): string[] {
  return spec.events.filter((event) => event.body).map((event) => event.type);
}

/** Throws InputError unless the spec documents a JSON body for `eventType`; the hint names the nearest known ones. */
export function assertEventType(spec: LoadedSpec, eventType: string): void {
  const known = payloadEventTypes(spec);
  if (!known.includes(eventType))
    throw new InputError(`unknown event type "${eventType.slice(0, 200)}"`, { where: '--event', hint: knownNamesHint(eventType, known) });
}

/**
 * Validates payloads against one event's schema of any webhooks spec, compiling at run time.
 */
export function checkPayloads(spec: LoadedSpec, eventType: string, payloads: readonly PayloadInput[]): PayloadResult[] {
  assertEventType(spec, eventType);
  const validate = compileEventValidators(spec, [eventType]).get(eventType) as ValidateFunction;
  return payloads.map(({ file, value }) => ({ file, problems: validate(value) ? [] : toProblems(validate.errors) }));
}

/** One payload's outcome: the event it was checked against (null: none could be told) and its findings. */
export interface ItemResult {
  source: string;
  event: string | null;
  /** Whether the event came from the item itself or the spec's declaration, rather than `--event`. */
  resolved: boolean;
  findings: Array<Finding<'error'>>;
}

export interface ValidationReport {
  results: ItemResult[];
  summary: { payloads: number; valid: number; invalid: number; unresolved: number };
}

/**
 * Validates many payloads at once, each against its own event (eventResolver: the item's `event`, else
 * `--event`, else the spec's declaration), compiling each needed event's validator once. Findings:
 * `payload-invalid` (at the payload pointer), `event-unknown`, `event-unresolved`.
 */
export function checkItems(spec: LoadedSpec, items: readonly PayloadItem[], options: { event?: string } = {}): ValidationReport {
  const resolve = eventResolver(spec, options.event);
  const resolved = items.map((item) => ({ item, resolution: resolve(item) }));
  const needed = [...new Set(resolved.flatMap(({ resolution }) => (resolution.event ? [resolution.event] : [])))];
  const validators = needed.length > 0 ? compileEventValidators(spec, needed) : new Map<string, ValidateFunction>();
  const results = resolved.map(({ item, resolution }): ItemResult => {
    const at = (pointer: string) => location({ file: item.file === '-' ? '' : relativeToCwd(item.file), line: item.line, pointer });
    const own = item.event !== undefined || options.event === undefined;
    if (resolution.problem) {
      const { id, message } = resolution.problem;
      return { source: item.source, event: null, resolved: own, findings: [{ id, level: 'error', message, location: at('') }] };
    }
    const validate = validators.get(resolution.event) as ValidateFunction;
    const problems = validate(item.body) ? [] : toProblems(validate.errors);
    const findings = problems.map(
      ({ pointer, message }): Finding<'error'> => ({ id: 'payload-invalid', level: 'error', message, location: at(pointer) }),
    );
    return { source: item.source, event: resolution.event, resolved: own, findings };
  });
  const unresolved = results.filter((r) => r.event === null).length;
  const valid = results.filter((r) => r.findings.length === 0).length;
  return { results, summary: { payloads: results.length, valid, invalid: results.length - valid - unresolved, unresolved } };
}
