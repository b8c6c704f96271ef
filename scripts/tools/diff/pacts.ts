import { InputError } from '../../core/errors.js';
import { pactFilesIn, readPactJson } from '../contracts/pact-file.js';

/** One consumer's read set for one event: every JSON path its pact interactions look at. */
interface Reader {
  consumer: string;
  event: string;
  paths: string[][];
}

/** Which consumers read which payload paths, from Pact V4 (or V3 message) files. */
export interface PactIndex {
  consumers: string[];
  /** Consumers whose interactions for `event` read `segments`, a path above it, or a path below it. */
  readersOf(event: string, segments: string[] | undefined): string[];
}

type Obj = Record<string, unknown>;

export function readPacts(dir: string, eventTypes: readonly string[]): PactIndex {
  let files: string[];
  try {
    files = pactFilesIn(dir);
  } catch {
    throw new InputError('cannot read the pacts folder', { where: dir, hint: 'pass an existing folder to --pacts' });
  }
  const readers: Reader[] = [];
  const consumers = new Set<string>();
  for (const path of files) {
    const { raw: pact, consumer } = readPactJson(path);
    consumers.add(consumer);
    const interactions = [...asArray(pact.interactions), ...asArray(pact.messages)] as Obj[];
    for (const interaction of interactions) {
      if (interaction.type !== undefined && interaction.type !== 'Asynchronous/Messages') continue;
      const event = eventOf(interaction, eventTypes);
      if (event) readers.push({ consumer, event, paths: readPaths(interaction) });
    }
  }
  return {
    consumers: [...consumers],
    readersOf(event, segments) {
      const names = new Set<string>();
      for (const r of readers) {
        if (r.event === event && (segments === undefined || r.paths.some((p) => overlaps(p, segments)))) names.add(r.consumer);
      }
      return [...names].sort();
    },
  };
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The event an interaction is about: the longest event type named in a provider state or the description. */
function eventOf(interaction: Obj, eventTypes: readonly string[]): string | undefined {
  const states = [...asArray(interaction.providerStates), ...(interaction.providerState ? [{ name: interaction.providerState }] : [])];
  const texts = [...states.map((s) => String((s as Obj)?.name ?? '')), String(interaction.description ?? '')];
  const named = eventTypes.filter((type) => texts.some((t) => t.includes(type)));
  return named.sort((a, b) => b.length - a.length)[0];
}

function readPaths(interaction: Obj): string[][] {
  const contents = (interaction.contents ?? {}) as Obj;
  const body = 'content' in contents ? contents.content : interaction.contents;
  const paths: string[][] = [];
  leaves(body, [], paths);
  const rules = ((interaction.matchingRules ?? contents.matchingRules ?? {}) as Obj).body as Obj | undefined;
  for (const path of Object.keys(rules ?? {})) paths.push(parseJsonPath(path));
  return paths;
}

function leaves(value: unknown, at: string[], out: string[][]): void {
  if (value === null || typeof value !== 'object' || Object.keys(value).length === 0) {
    out.push(at);
    return;
  }
  if (Array.isArray(value)) for (const item of value) leaves(item, [...at, '*'], out);
  else for (const [key, child] of Object.entries(value)) leaves(child, [...at, key], out);
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

/** A read path and a changed path overlap when one is a prefix of the other (`*` matches any key or index). */
function overlaps(read: string[], changed: string[]): boolean {
  const n = Math.min(read.length, changed.length);
  for (let i = 0; i < n; i++) {
    const a = read[i];
    const b = changed[i];
    if (a !== b && a !== '*' && b !== '*') return false;
  }
  return true;
}
