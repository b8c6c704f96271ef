import { readPacts } from '../contracts/pact-file.js';
import { declaredPaths } from '../contracts/read-tree.js';
import { parseState } from '../contracts/state.js';

/** What one consumer's pacts read of one event: every declared field, in the field tables' dotted notation. */
export interface ConsumerRead {
  consumer: string;
  interactions: number;
  /** Dotted paths (`reward.voucher.code`, `items[].sku`), inner objects included. */
  paths: Set<string>;
}

/** Consumers by event type, from the pacts in `location` (the contracts' pact reader and provider-state names). */
export type ConsumerReads = Map<string, ConsumerRead[]>;

export function readConsumerReads(location: string): ConsumerReads {
  const reads: ConsumerReads = new Map();
  for (const pact of readPacts(location)) {
    for (const interaction of pact.interactions) {
      const eventType = parseState(interaction.states[0] ?? '')?.eventType;
      if (!eventType) continue;
      const list = reads.get(eventType) ?? [];
      reads.set(eventType, list);
      let read = list.find((r) => r.consumer === pact.consumer);
      if (!read) {
        read = { consumer: pact.consumer, interactions: 0, paths: new Set() };
        list.push(read);
        list.sort((a, b) => a.consumer.localeCompare(b.consumer));
      }
      read.interactions++;
      for (const { path } of declaredPaths(interaction.content)) if (path.length) read.paths.add(rowPath(path));
    }
  }
  return reads;
}

/** The consumers reading a field row's path (`*` in a row's path stands for any key of a map). */
export function readersOf(reads: readonly ConsumerRead[], path: string): string[] {
  if (!path.includes('*')) return reads.filter((r) => r.paths.has(path)).map((r) => r.consumer);
  const pattern = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\\*', '[^.[]+')}$`);
  return reads.filter((r) => [...r.paths].some((p) => pattern.test(p))).map((r) => r.consumer);
}

/** The fields a consumer reads, leaves only: `customer.email`, not `customer` as well. */
export function leafPaths(read: ConsumerRead): string[] {
  const all = [...read.paths].sort();
  return all.filter((p) => !all.some((q) => q.startsWith(`${p}.`) || q.startsWith(`${p}[]`)));
}

function rowPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) text += segment === '*' ? '[]' : text === '' ? String(segment) : `.${segment}`;
  return text;
}
