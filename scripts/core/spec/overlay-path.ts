import { InputError } from '../errors.js';

/** One node a path selects: its parent and key (none for the root), and the node. */
export interface PathMatch {
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string | number | undefined;
  value: unknown;
}

type Step = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'wildcard' };

export const SUPPORTED_PATHS = '$, .name, [\'name\'] or ["name"], [n], .* and [*]';

/**
 * Parses the JSONPath subset overlay targets may use here: the root `$`, then child steps `.name`,
 * `['name']`/`["name"]` (any key, `\` escaping quotes), `[n]`, and wildcards `.*`/`[*]`. Filters and
 * recursive descent (`..`) are refused with a message saying what is supported.
 */
export function parsePath(path: string, where: string): Step[] {
  if (!path.startsWith('$')) throw new InputError(`target "${path}" must start with $`, { where, hint: `supported: ${SUPPORTED_PATHS}` });
  const steps: Step[] = [];
  let i = 1;
  const fail = (what: string): never => {
    throw new InputError(`target "${path}": ${what} at character ${i + 1}`, { where, hint: `supported JSONPath: ${SUPPORTED_PATHS}` });
  };
  while (i < path.length) {
    if (path.startsWith('..', i)) fail('recursive descent (..) is not supported');
    if (path[i] === '.') {
      const name = /^(\*|[A-Za-z_$][\w$-]*)/.exec(path.slice(i + 1))?.[0];
      if (!name) fail('a name must follow "."');
      steps.push(name === '*' ? { kind: 'wildcard' } : { kind: 'name', name: name as string });
      i += 1 + (name as string).length;
    } else if (path[i] === '[') {
      const rest = path.slice(i);
      const quoted = /^\[\s*(['"])((?:\\.|(?!\1).)*)\1\s*\]/.exec(rest);
      const other = /^\[\s*(\*|\d+)\s*\]/.exec(rest);
      if (quoted) {
        steps.push({ kind: 'name', name: (quoted[2] as string).replace(/\\(.)/g, '$1') });
        i += quoted[0].length;
      } else if (other) {
        steps.push(other[1] === '*' ? { kind: 'wildcard' } : { kind: 'index', index: Number(other[1]) });
        i += other[0].length;
      } else fail(rest.startsWith('[?') ? 'filter expressions are not supported' : 'unexpected bracket expression');
    } else fail(`unexpected "${path[i]}"`);
  }
  return steps;
}

/** Every node `steps` select in `root`, in document order. */
export function selectPath(root: unknown, steps: readonly Step[]): PathMatch[] {
  let matches: PathMatch[] = [{ parent: undefined, key: undefined, value: root }];
  for (const step of steps) {
    const next: PathMatch[] = [];
    for (const { value } of matches) {
      if (value === null || typeof value !== 'object') continue;
      const container = value as Record<string, unknown> | unknown[];
      if (step.kind === 'wildcard') {
        const keys = Array.isArray(container) ? container.map((_, n) => n) : Object.keys(container);
        for (const key of keys) next.push({ parent: container, key, value: (container as Record<string | number, unknown>)[key] });
      } else if (step.kind === 'index') {
        if (Array.isArray(container) && step.index < container.length)
          next.push({ parent: container, key: step.index, value: container[step.index] });
      } else if (!Array.isArray(container) && Object.hasOwn(container, step.name)) {
        next.push({ parent: container, key: step.name, value: container[step.name] });
      }
    }
    matches = next;
  }
  return matches;
}
