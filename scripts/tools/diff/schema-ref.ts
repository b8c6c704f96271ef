import { getAt, parsePointer } from '../../core/spec/pointer.js';

/** A schema as written in the bundled document, with its JSON pointer there (`#/...`). */
export interface SchemaRef {
  node: unknown;
  pointer: string;
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Canonical JSON: object keys sorted, so that reordering keys changes nothing. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (isObj(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

/** Follows `$ref`s; a `$ref` with sibling keywords becomes an `allOf` of the target and the siblings. */
export function followRefs(document: unknown, ref: SchemaRef): { ref: SchemaRef; refName: string | undefined; siblings: Obj[] } {
  let current = ref;
  let refName: string | undefined;
  const siblings: Obj[] = [];
  for (let hops = 0; isObj(current.node) && typeof current.node.$ref === 'string' && hops < 64; hops++) {
    const { $ref, ...rest } = current.node as Obj & { $ref: string };
    if (!$ref.startsWith('#')) break;
    if (Object.keys(rest).length > 0) siblings.push(rest);
    const segments = parsePointer($ref);
    refName = segments.at(-1);
    current = { node: getAt(document, segments), pointer: $ref };
  }
  return { ref: current, refName, siblings };
}
