import type { LoadedSpec } from '../../core/spec/load.js';
import { compileEventValidators } from '../../core/validate/ajv.js';
import { type EventVariants, generateVariants } from './variants.js';

/** Every documented payload of every event (optionally of one event), each validated against its schema. */
export function documentedPayloads(spec: LoadedSpec, eventType?: string): EventVariants[] {
  const all = generateVariants(spec, compileEventValidators(spec));
  return eventType === undefined ? all : all.filter((e) => e.eventType === eventType);
}
