/**
 * The fields a consumer reads, as a tree built from its interactions' message contents. Pact matches
 * only what a consumer declared (extra fields are ignored), so two payloads that agree on this tree
 * get the same verdict from every interaction of that consumer.
 */
export type ReadTree =
  | { kind: 'leaf' }
  | { kind: 'null' }
  | { kind: 'object'; keys: Map<string, ReadTree> }
  | { kind: 'array'; items: ReadTree };

export function buildReadTree(contents: readonly unknown[]): ReadTree {
  let tree: ReadTree | undefined;
  for (const content of contents) tree = merge(tree, toTree(content));
  return tree ?? { kind: 'leaf' };
}

function toTree(value: unknown): ReadTree {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array', items: value.length > 0 ? buildReadTree(value) : { kind: 'leaf' } };
  if (value !== null && typeof value === 'object') {
    return { kind: 'object', keys: new Map(Object.entries(value).map(([k, v]) => [k, toTree(v)])) };
  }
  return { kind: 'leaf' };
}

function merge(a: ReadTree | undefined, b: ReadTree): ReadTree {
  if (!a || a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === 'object' && b.kind === 'object') {
    const keys = new Map(a.keys);
    for (const [k, v] of b.keys) keys.set(k, merge(keys.get(k), v));
    return { kind: 'object', keys };
  }
  if (a.kind === 'array' && b.kind === 'array') return { kind: 'array', items: merge(a.items, b.items) };
  return { kind: 'leaf' };
}

/** The part of a payload the tree reaches (absent keys stay absent). */
export function project(value: unknown, tree: ReadTree): unknown {
  if (tree.kind === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, sub] of tree.keys) if (Object.hasOwn(value, k)) out[k] = project((value as Record<string, unknown>)[k], sub);
    return out;
  }
  if (tree.kind === 'array' && Array.isArray(value)) return value.map((item) => project(item, tree.items));
  return value;
}

/** Every declared path, leaves and inner nodes alike, with array positions as `*`. */
export function declaredPaths(value: unknown, prefix: (string | number)[] = []): Array<{ path: (string | number)[]; value: unknown }> {
  const here = [{ path: prefix, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item) => declaredPaths(item, [...prefix, '*']))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => declaredPaths(v, [...prefix, k]))];
  }
  return here;
}
