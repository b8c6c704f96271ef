import { InputError } from '../errors.js';
import { relativeToCwd } from '../relative-path.js';
import { type PathMatch, parsePath, selectPath } from './overlay-path.js';
import { parseSource, readText } from './read-source.js';
import { lineOf, type SourceFile } from './source-tree.js';

/**
 * Applies OpenAPI Overlay 1.0 documents (https://spec.openapis.org/overlay/v1.0.0), in order, to a
 * bundled spec: each action's `target` (the JSONPath subset of overlay-path.ts) selects nodes; `update`
 * is merged into each (objects recursively, arrays appended to), `remove: true` deletes them. An overlay
 * that is not Overlay 1.0, or a target that matches nothing, is an InputError at its file:line: a
 * mistyped target must not silently leave the spec as it was.
 */
export function applyOverlays(document: unknown, paths: readonly string[]): void {
  for (const path of paths) applyOverlay(document, parseSource(readText(path, 'overlay file'), path));
}

function applyOverlay(document: unknown, source: SourceFile): void {
  const file = relativeToCwd(source.path);
  const at = (segments: Array<string | number>) => {
    const { line, col } = lineOf(source, segments.map(String));
    return `${file}:${line}:${col}`;
  };
  const overlay = source.value as Record<string, unknown> | null;
  const fail = (message: string, segments: Array<string | number>, hint?: string): never => {
    throw new InputError(`not an Overlay 1.0 document: ${message}`, {
      where: at(segments),
      hint: hint ?? 'see docs/guides/authentication.md',
    });
  };
  if (overlay === null || typeof overlay !== 'object' || Array.isArray(overlay)) fail('the top level is not an object', []);
  const o = overlay as Record<string, unknown>;
  if (typeof o.overlay !== 'string' || !/^1\.0\.\d+$/.test(o.overlay))
    fail('`overlay` must be "1.0.0"', o.overlay === undefined ? [] : ['overlay']);
  const info = o.info as Record<string, unknown> | undefined;
  if (typeof info?.title !== 'string' || typeof info?.version !== 'string')
    fail('`info` needs a `title` and a `version`', info ? ['info'] : []);
  if (!Array.isArray(o.actions) || o.actions.length === 0)
    fail('`actions` must be a non-empty list', o.actions === undefined ? [] : ['actions']);
  (o.actions as unknown[]).forEach((raw, index) => {
    const action = raw as Record<string, unknown> | null;
    if (action === null || typeof action !== 'object' || typeof action.target !== 'string')
      fail('each action needs a `target` string', ['actions', index]);
    const a = action as Record<string, unknown>;
    if (a.update === undefined && a.remove !== true) fail('an action needs `update` or `remove: true`', ['actions', index]);
    const where = at(['actions', index, 'target']);
    const matches = selectPath(document, parsePath(a.target as string, where));
    if (matches.length === 0) {
      throw new InputError(`overlay target ${a.target as string} matches nothing in the spec`, {
        where,
        hint: "check the names against the spec (JSONPath, e.g. $.webhooks['order.paid'].post)",
      });
    }
    if (a.remove === true) remove(matches, where);
    else for (const m of matches) update(m, a.update, where);
  });
}

function update(match: PathMatch, value: unknown, where: string): void {
  if (Array.isArray(match.value)) {
    match.value.push(structuredClone(value));
    return;
  }
  if (!isObject(match.value) || !isObject(value)) {
    throw new InputError('an update applies to an object (merged) or a list (appended to): here it meets a value', { where });
  }
  merge(match.value, value);
}

function merge(target: Record<string, unknown>, update: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(update)) {
    const current = target[key];
    if (isObject(current) && isObject(value)) merge(current, value);
    else if (Array.isArray(current) && Array.isArray(value)) current.push(...structuredClone(value));
    else target[key] = structuredClone(value);
  }
}

function remove(matches: readonly PathMatch[], where: string): void {
  // Last first, so that removing from a list does not shift the indexes still to remove.
  for (const m of [...matches].reverse()) {
    if (m.parent === undefined) throw new InputError('an overlay cannot remove the whole document', { where });
    if (Array.isArray(m.parent)) m.parent.splice(m.key as number, 1);
    else delete m.parent[m.key as string];
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
