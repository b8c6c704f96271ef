import { existsSync, readdirSync, statSync } from 'node:fs';
import type { OpenAPIV3_1 } from 'openapi-types';
import { type PactFile, readPacts } from './pact-file.js';
import { belongsToProvider, specProvider } from './pact-provider.js';
import { buildReadTree, declaredPaths, type ReadTree } from './read-tree.js';
import { parseState } from './state.js';

/** What one consumer's pacts read of one event. */
export interface ConsumerRead {
  consumer: string;
  event: string;
  interactions: number;
  /** The fields declared by its interactions' message contents, merged. */
  tree: ReadTree;
  /** Dotted paths (`reward.voucher.code`, `items[].sku`), inner objects included: the docs' field-table notation. */
  paths: Set<string>;
  /** The same paths as segments (array positions as `*`). */
  declared: string[][];
}

/**
 * How `readersOf` matches a payload path against what a consumer declared:
 * - `declared`: the path itself is declared (an inner object or a leaf); `*` matches any key or item;
 * - `affected` (the diff): also a field inside it, or the object that holds it (not the body itself: a
 *   body-level `$` type matcher reads no field in particular), and anything inside a declared leaf.
 */
export type ReadMode = 'declared' | 'affected';

/** Which consumers read which payload fields, from Pact V4 message files: the one reader every command asks. */
export interface PactIndex {
  consumers: string[];
  /** Each consumer's reads of `event`, sorted by consumer. */
  readsOf(event: string): ConsumerRead[];
  /** Consumers whose interactions for `event` read `segments` (undefined: every consumer of the event). */
  readersOf(event: string, segments: readonly string[] | undefined, mode?: ReadMode): string[];
}

/**
 * The one provider policy: the pacts of the spec's provider (`info.x-pact-provider`; every pact when it
 * names none). A folder with no `*.json` is no consumer when `allowEmpty`, else an InputError (as is a
 * missing folder or a file that is not a pact).
 */
export function readProviderPacts(location: string, document: OpenAPIV3_1.Document, options: { allowEmpty?: boolean } = {}): PactFile[] {
  const empty = existsSync(location) && statSync(location).isDirectory() && !readdirSync(location).some((f) => f.endsWith('.json'));
  if (empty && options.allowEmpty) return [];
  return ofProvider(readPacts(location), document);
}

/** The pacts written against the spec's provider (all of them when the spec names none). */
export function ofProvider(pacts: readonly PactFile[], document: OpenAPIV3_1.Document): PactFile[] {
  const provider = specProvider(document);
  return pacts.filter((pact) => belongsToProvider(pact.provider, provider));
}

/** Indexes pacts by consumer and event: an interaction's event is its state's `<event>: <variant>` prefix, else the longest event type it names. */
export function pactIndex(pacts: readonly PactFile[], eventTypes: readonly string[]): PactIndex {
  const byKey = new Map<string, { consumer: string; event: string; contents: unknown[] }>();
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      const event = eventOf(interaction.states, interaction.description, eventTypes);
      if (!event) continue;
      const key = `${pact.consumer}\u0000${event}`;
      const entry = byKey.get(key) ?? { consumer: pact.consumer, event, contents: [] };
      entry.contents.push(interaction.content);
      byKey.set(key, entry);
    }
  }
  const reads: ConsumerRead[] = [...byKey.values()]
    .map((r) => {
      const declared = r.contents.flatMap((c) => declaredPaths(c).flatMap(({ path }) => (path.length ? [path.map(String)] : [])));
      return {
        consumer: r.consumer,
        event: r.event,
        interactions: r.contents.length,
        tree: buildReadTree(r.contents),
        paths: new Set(declared.map(rowPath)),
        declared,
      };
    })
    .sort((a, b) => a.consumer.localeCompare(b.consumer));
  return {
    consumers: [...new Set(pacts.map((p) => p.consumer))].sort(),
    readsOf: (event) => reads.filter((r) => r.event === event),
    readersOf(event, segments, mode = 'affected') {
      const test = (r: ConsumerRead, at: readonly string[]) => (mode === 'affected' ? affects(r.tree, at) : declares(r.declared, at));
      const names = reads.filter((r) => r.event === event && (segments === undefined || test(r, segments))).map((r) => r.consumer);
      return [...new Set(names)].sort();
    },
  };
}

/** The fields a consumer reads, leaves only: `customer.email`, not `customer` as well. */
export function leafPaths(read: ConsumerRead): string[] {
  const all = [...read.paths].sort();
  return all.filter((p) => !all.some((q) => q.startsWith(`${p}.`) || q.startsWith(`${p}[]`)));
}

/** A docs row path (`items[].sku`, `metadata.*`) as payload segments (`items`, `*`, `sku`). */
export function rowSegments(path: string): string[] {
  return path === '' ? [] : path.replaceAll('[]', '.*').split('.').filter(Boolean);
}

function eventOf(states: readonly string[], description: string, eventTypes: readonly string[]): string | undefined {
  for (const state of states) {
    const parsed = parseState(state);
    if (parsed && eventTypes.includes(parsed.eventType)) return parsed.eventType;
  }
  const named = eventTypes.filter((type) => [...states, description].some((t) => t.includes(type)));
  return named.sort((a, b) => b.length - a.length)[0];
}

/** `affected`: the path, a path inside it, or its holder (not the body), or inside a declared leaf. */
export function affects(tree: ReadTree, segments: readonly string[]): boolean {
  let node: ReadTree | undefined = tree;
  for (let i = 0; i < segments.length; i++) {
    if (node === undefined) return false;
    if (node.kind === 'leaf') return i > 0;
    if (i === segments.length - 1 && i > 0) return true;
    node = child(node, segments[i] as string);
  }
  return node !== undefined;
}

/** `declared`: exactly this path was declared (a `*` asked matches any key or array position). */
function declares(declared: readonly string[][], segments: readonly string[]): boolean {
  return declared.some((d) => d.length === segments.length && d.every((s, i) => segments[i] === '*' || s === segments[i]));
}

function child(node: ReadTree, segment: string): ReadTree | undefined {
  if (node.kind === 'array') return node.items;
  if (node.kind !== 'object') return undefined;
  if (segment !== '*') return node.keys.get(segment);
  return node.keys.size > 0 ? { kind: 'leaf' } : undefined;
}

/** `['items', '*', 'sku']` → `items[].sku`. */
function rowPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) text += segment === '*' ? '[]' : text === '' ? String(segment) : `.${segment}`;
  return text;
}
