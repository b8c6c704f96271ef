import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { relativeToCwd } from '../../core/relative-path.js';
import { parseSource, readText } from '../../core/spec/read-source.js';

/** One V4 asynchronous message interaction of a consumer pact. */
export interface MessageInteraction {
  index: number;
  description: string;
  states: string[];
  content: unknown;
  /** Body matching rules keyed by path expression (`$.customer.email`). */
  rules: Record<string, { matchers: Array<Record<string, unknown>> }>;
  raw: Record<string, unknown>;
}

export interface PactFile {
  path: string;
  consumer: string;
  provider: string;
  interactions: MessageInteraction[];
  raw: Record<string, unknown>;
}

/** Where the repository keeps its consumers' pact files: the default of every command that reads pacts. */
export const DEFAULT_PACTS = 'contracts/pacts';

/** The `*.json` files of a pacts folder, sorted (full paths). */
export function pactFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * A pact file's JSON, parsed by the spec reader (a syntax error comes back as one line naming file:line:col),
 * with its consumer's name: the part every reader of pacts needs. Throws InputError otherwise.
 */
export function readPactJson(path: string): { raw: Record<string, unknown>; consumer: string; where: string } {
  const where = relativeToCwd(path);
  const raw = parseSource(readText(path, 'pact file'), where).value as Record<string, unknown>;
  const consumer = (raw?.consumer as { name?: unknown } | undefined)?.name;
  if (typeof consumer !== 'string') {
    throw new InputError('a pact needs consumer.name', { where: `${where}#/consumer/name`, hint: PACT_HINT });
  }
  return { raw, consumer, where };
}

const PACT_HINT = 'is this a Pact file? regenerate it with the consumer tests';

/** Reads every `*.json` pact in a folder (or one file), refusing anything that is not a pact. */
export function readPacts(location: string): PactFile[] {
  const where = relativeToCwd(location);
  if (!existsSync(location))
    throw new InputError('no such pact file or folder', { where, hint: 'run the consumer tests first, or pass --pacts' });
  const files = statSync(location).isDirectory() ? pactFilesIn(location) : [location];
  if (files.length === 0)
    throw new InputError('no pact files (*.json) in this folder', {
      where,
      hint: 'run the consumer tests first (npm run contracts:consumers)',
    });
  return files.map(readPact);
}

export function readPact(path: string): PactFile {
  const { raw, consumer, where } = readPactJson(path);
  const fail = (pointer: string, message: string) => new InputError(message, { where: `${where}#${pointer}`, hint: PACT_HINT });
  const provider = (raw?.provider as { name?: unknown } | undefined)?.name;
  if (typeof provider !== 'string') throw fail('/provider/name', 'a pact needs provider.name');
  if (!Array.isArray(raw.interactions)) throw fail('/interactions', 'a pact needs an interactions array');
  const interactions: MessageInteraction[] = [];
  raw.interactions.forEach((item: Record<string, unknown>, index: number) => {
    if (item?.type !== 'Asynchronous/Messages') return;
    if (typeof item.description !== 'string') throw fail(`/interactions/${index}/description`, 'an interaction needs a description');
    const contents = item.contents as { content?: unknown } | undefined;
    if (contents?.content === undefined)
      throw fail(`/interactions/${index}/contents/content`, 'a message interaction needs contents.content');
    const states = Array.isArray(item.providerStates) ? item.providerStates.map((s: { name?: unknown }) => String(s?.name)) : [];
    const rules = ((item.matchingRules as { body?: unknown } | undefined)?.body ?? {}) as MessageInteraction['rules'];
    interactions.push({ index, description: item.description, states, content: contents.content, rules, raw: item });
  });
  return { path, consumer, provider, interactions, raw };
}
