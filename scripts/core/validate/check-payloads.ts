import type { ValidateFunction } from 'ajv/dist/2020.js';
import { InputError } from '../errors.js';
import type { LoadedSpec } from '../spec/load.js';
import { compileEventValidators, type PayloadProblem, toProblems } from './ajv.js';
import type { PayloadInput } from './read-payload.js';

export interface PayloadResult {
  file: string;
  problems: PayloadProblem[];
}

/** The event types of a spec that document a JSON body, in spec order. */
export function payloadEventTypes(spec: LoadedSpec): string[] {
  return spec.events.filter((event) => event.body).map((event) => event.type);
}

/** Throws InputError unless the spec documents a JSON body for `eventType`; the message lists those it does. */
export function assertEventType(spec: LoadedSpec, eventType: string): void {
  const known = payloadEventTypes(spec);
  if (!known.includes(eventType))
    throw new InputError(`unknown event type "${eventType}"`, { where: '--event', hint: `known: ${known.join(', ')}` });
}

/**
 * Validates payloads against one event's schema of any webhooks spec, compiling at run time.
 */
export function checkPayloads(spec: LoadedSpec, eventType: string, payloads: readonly PayloadInput[]): PayloadResult[] {
  assertEventType(spec, eventType);
  const validate = compileEventValidators(spec, [eventType]).get(eventType) as ValidateFunction;
  return payloads.map(({ file, value }) => ({ file, problems: validate(value) ? [] : toProblems(validate.errors) }));
}
