import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';

/** The most bytes `--payloads` reads, a file or a folder's JSON files together. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

/** One payload given on the command line: where it is (`file:line`, `file#/2`), its event and body. */
export interface GivenPayload {
  position: string;
  event: string;
  body: unknown;
}

/**
 * Reads `--payloads PATH`: a JSON file (one item, or an array of items), NDJSON (`.ndjson`/`.jsonl`, one
 * item a line), or a folder of `.json` files (in name order). An item is `{event, body}`, or a bare body
 * when `event` (from --event) is given. Unreadable, over MAX_PAYLOAD_BYTES, not JSON, an item naming no
 * event, or an event not in `known`: an InputError with the item's position.
 */
export function readPayloads(path: string, event: string | undefined, known: ReadonlySet<string>): GivenPayload[] {
  const stat = statOrThrow(path);
  const files = stat.isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(path, name))
    : [path];
  let total = 0;
  const items: GivenPayload[] = [];
  for (const file of files) {
    total += statOrThrow(file).size;
    if (total > MAX_PAYLOAD_BYTES) {
      throw new InputError(`more than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MiB of payloads`, { where: file, hint: 'send fewer at a time' });
    }
    const text = readFileSync(file, 'utf8');
    if (/\.(ndjson|jsonl)$/.test(file)) {
      text.split('\n').forEach((line, index) => {
        if (line.trim() !== '') items.push(item(parse(line, `${file}:${index + 1}`), `${file}:${index + 1}`, event, known));
      });
      continue;
    }
    const value = parse(text, file);
    if (Array.isArray(value)) items.push(...value.map((v, index) => item(v, `${file}#/${index}`, event, known)));
    else items.push(item(value, file, event, known));
  }
  return items;
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      where: '--payloads',
    });
  }
}

function parse(text: string, position: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`not JSON: ${(error as Error).message}`, {
      where: position,
      hint: 'a JSON file, NDJSON (one JSON a line) or a folder of .json files',
    });
  }
}

function item(value: unknown, position: string, event: string | undefined, known: ReadonlySet<string>): GivenPayload {
  const record = value as { event?: unknown; body?: unknown } | null;
  const wrapped =
    record !== null &&
    typeof record === 'object' &&
    !Array.isArray(record) &&
    typeof record.event === 'string' &&
    'body' in record &&
    Object.keys(record).length === 2;
  if (!wrapped && event === undefined) {
    throw new InputError('a bare body, and no --event says whose', {
      where: position,
      hint: 'write {"event": TYPE, "body": {...}}, or pass --event',
    });
  }
  const type = wrapped ? (record.event as string) : (event as string);
  if (!known.has(type)) throw new InputError(`unknown event "${type}"`, { where: position, hint: `known: ${[...known].join(', ')}` });
  return { position, event: type, body: wrapped ? record.body : value };
}
