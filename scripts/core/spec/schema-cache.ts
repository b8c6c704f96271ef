import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';
import type { Norm } from '../schema/norm.js';
import { normOf } from '../schema/norm-of.js';
import type { SchemaRef } from '../schema/schema-ref.js';

/** `schema(at)` of a loaded spec: the schema at a pointer, normalised through the one cache (core/schema/norm-of). */
export function schemaCache(document: unknown): (at: string | SchemaRef) => Norm {
  return (at) => normOf(document, typeof at === 'string' ? { node: getAt(document, parsePointer(at)), pointer: at } : at);
}
