import { type Norm, normalize } from '../schema/normalize.js';
import type { SchemaRef } from '../schema/schema-ref.js';
import { getAt, parsePointer } from './pointer.js';

/** `schema(at)` of a loaded spec: one normalisation per pointer. */
export function schemaCache(document: unknown): (at: string | SchemaRef) => Norm {
  const norms = new Map<string, Norm>();
  return (at) => {
    const ref = typeof at === 'string' ? { node: getAt(document, parsePointer(at)), pointer: at } : at;
    let norm = norms.get(ref.pointer);
    if (!norm) {
      norm = normalize(document, ref);
      norms.set(ref.pointer, norm);
    }
    return norm;
  };
}
