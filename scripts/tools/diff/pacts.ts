import { existsSync, readdirSync, statSync } from 'node:fs';
import { type PactFile, readPacts as readPactFiles } from '../contracts/pact-file.js';
import { belongsToProvider } from '../contracts/pact-provider.js';
import { buildReadTree, type ReadTree } from '../contracts/read-tree.js';
import { parseState } from '../contracts/state.js';

/** Which consumers read which payload fields, from Pact V4 message files. */
export interface PactIndex {
  consumers: string[];
  /**
   * Consumers whose interactions for `event` declare the changed field, a field inside it, or the object
   * that holds it (`segments` undefined: every consumer of the event). The body itself does not count as
   * holding a top-level field: a body-level `$` type matcher reads no field in particular.
   */
  readersOf(event: string, segments: string[] | undefined): string[];
}

/**
 * Reads the pacts of `provider` (every pact when it is undefined; an empty folder: no consumer) with the model `verify` uses (contracts/pact-file.ts): each consumer's read tree per
 * event is built from its interactions' message contents (contracts/read-tree.ts). Matching rules only
 * say how a declared value is matched, so they add no field.
 */
export function readPacts(dir: string, eventTypes: readonly string[], provider?: string): PactIndex {
  const empty = existsSync(dir) && statSync(dir).isDirectory() && !readdirSync(dir).some((f) => f.endsWith('.json'));
  const pacts = empty ? [] : readPactFiles(dir).filter((pact) => belongsToProvider(pact.provider, provider));
  return pactIndex(pacts, eventTypes);
}

export function pactIndex(pacts: readonly PactFile[], eventTypes: readonly string[]): PactIndex {
  const contents = new Map<string, { consumer: string; event: string; contents: unknown[] }>();
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      const event = eventOf(interaction.states, interaction.description, eventTypes);
      if (!event) continue;
      const key = `${pact.consumer}\u0000${event}`;
      const entry = contents.get(key) ?? { consumer: pact.consumer, event, contents: [] };
      entry.contents.push(interaction.content);
      contents.set(key, entry);
    }
  }
  const readers = [...contents.values()].map((r) => ({ ...r, tree: buildReadTree(r.contents) }));
  return {
    consumers: [...new Set(pacts.map((p) => p.consumer))].sort(),
    readersOf(event, segments) {
      const names = readers.filter((r) => r.event === event && (segments === undefined || reads(r.tree, segments))).map((r) => r.consumer);
      return [...new Set(names)].sort();
    },
  };
}

/** The event an interaction is about: its state's `<event>: <variant>` prefix, else the longest event type named. */
function eventOf(states: readonly string[], description: string, eventTypes: readonly string[]): string | undefined {
  for (const state of states) {
    const parsed = parseState(state);
    if (parsed && eventTypes.includes(parsed.eventType)) return parsed.eventType;
  }
  const named = eventTypes.filter((type) => [...states, description].some((t) => t.includes(type)));
  return named.sort((a, b) => b.length - a.length)[0];
}

/**
 * Whether a read tree declares `segments`, a path inside it, or its holder (the parent object, when that
 * is not the body itself). `*` matches any key or array item; a declared leaf covers whatever is inside it.
 */
export function reads(tree: ReadTree, segments: readonly string[]): boolean {
  let node: ReadTree | undefined = tree;
  for (let i = 0; i < segments.length; i++) {
    if (node === undefined) return false;
    if (node.kind === 'leaf') return i > 0;
    if (i === segments.length - 1 && i > 0) return true;
    node = child(node, segments[i] as string);
  }
  return node !== undefined;
}

function child(node: ReadTree, segment: string): ReadTree | undefined {
  if (node.kind === 'array') return node.items;
  if (node.kind !== 'object') return undefined;
  if (segment !== '*') return node.keys.get(segment);
  return node.keys.size > 0 ? { kind: 'leaf' } : undefined;
}

/** `$.a.b[*].c`, `$.a[0]`, `$['a.b']` → segments, indices as `*`. */
export function parseJsonPath(path: string): string[] {
  const segments: string[] = [];
  const pattern = /\.([^.[\]]+)|\[(\d+|\*)\]|\['([^']*)'\]|\["([^"]*)"\]/g;
  for (const match of path.replace(/^\$/, '').matchAll(pattern)) {
    segments.push(match[1] ?? (match[2] === undefined ? (match[3] ?? match[4] ?? '') : '*'));
  }
  return segments;
}
