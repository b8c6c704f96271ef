import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';

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

export interface Followed {
  /** The schema the `$ref`s lead to (the start itself when it is not a `$ref`). */
  ref: SchemaRef;
  /** Name of the last component passed through. */
  refName: string | undefined;
  /** Keywords written beside each `$ref` (they apply together with the target, as in an `allOf`). */
  siblings: Obj[];
  /** The `$ref`s followed, outermost first. */
  refs: string[];
}

/**
 * The one `$ref` follower of the toolkit: local refs (as bundling leaves them), looked up in the bundled
 * document; a `$ref` with sibling keywords becomes an `allOf` of the target and the siblings. Stops at a
 * ref cycle without content (after 64 hops) and at a non-local ref.
 */
export function followRefs(document: unknown, ref: SchemaRef): Followed {
  let current = ref;
  let refName: string | undefined;
  const siblings: Obj[] = [];
  const refs: string[] = [];
  for (let hops = 0; isObj(current.node) && typeof current.node.$ref === 'string' && hops < 64; hops++) {
    const { $ref, ...rest } = current.node as Obj & { $ref: string };
    const segments = localRefSegments($ref);
    if (!segments) break;
    if (Object.keys(rest).length > 0) siblings.push(rest);
    refs.push($ref);
    refName = segments.at(-1);
    current = { node: target(document, $ref, segments), pointer: $ref };
  }
  return { ref: current, refName, siblings, refs };
}

/**
 * The segments of a local `$ref` (`#/components/schemas/A` → `['components', 'schemas', 'A']`); undefined for
 * a ref into another document. Throws on a fragment that is not a JSON pointer.
 */
export function localRefSegments(ref: string): string[] | undefined {
  return ref.startsWith('#') ? parsePointer(ref) : undefined;
}

/** What a local `$ref` names, as `followRefs` names what it passes through: its last segment (`Customer`). */
export function refName(ref: string): string | undefined {
  return ref.startsWith('#/') ? localRefSegments(ref)?.at(-1) : undefined;
}

/** The component schema a local `$ref` (or a pointer) is exactly, `#/components/schemas/<name>`; else undefined. */
export function componentName(ref: string): string | undefined {
  const [section, kind, name, ...rest] = ref.startsWith('#/') ? (localRefSegments(ref) ?? []) : [];
  return section === 'components' && kind === 'schemas' && name !== undefined && rest.length === 0 ? name : undefined;
}

/** The pointer a schema's `$ref`s lead to (`#/...`), from the pointer where it is written. */
export function resolvePointer(document: unknown, pointer: string): string {
  return followRefs(document, { node: getAt(document, parsePointer(pointer)), pointer }).ref.pointer;
}

/** What a local `$ref` points at, looked up once per document and ref (a large spec's pages follow the same refs thousands of times). */
const targets = new WeakMap<object, Map<string, unknown>>();
function target(document: unknown, ref: string, segments: string[]): unknown {
  if (document === null || typeof document !== 'object') return undefined;
  let known = targets.get(document);
  if (!known) {
    known = new Map();
    targets.set(document, known);
  }
  if (!known.has(ref)) known.set(ref, getAt(document, segments));
  return known.get(ref);
}
