import type { Norm } from './norm.js';
import { normalize } from './normalize.js';
import type { SchemaRef } from './schema-ref.js';

/**
 * The one cache of the schema model: a schema is normalized once per document, node and pointer, however many
 * events, pages, pacts or diff pairs meet it (a large spec's pages meet the same components thousands of times).
 * The pointer is part of the key because a Norm carries pointers (the diff reports them); the docs read a body
 * from pointer `''`, the diff from its place in the document. Norms are shared: readers must not change them.
 */
const cache = new WeakMap<object, WeakMap<object, Map<string, Norm>>>();

export function normOf(document: unknown, ref: SchemaRef): Norm {
  if (document === null || typeof document !== 'object' || ref.node === null || typeof ref.node !== 'object') {
    return normalize(document, ref);
  }
  let byNode = cache.get(document);
  if (!byNode) {
    byNode = new WeakMap();
    cache.set(document, byNode);
  }
  let byPointer = byNode.get(ref.node);
  if (!byPointer) {
    byPointer = new Map();
    byNode.set(ref.node, byPointer);
  }
  let norm = byPointer.get(ref.pointer);
  if (!norm) {
    norm = normalize(document, ref);
    byPointer.set(ref.pointer, norm);
  }
  return norm;
}
