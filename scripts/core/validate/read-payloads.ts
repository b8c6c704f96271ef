import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { assertDepth, readText } from '../spec/read-source.js';
import { parsePayload } from './read-payload.js';

/**
 * One payload to check, from any of the forms `validate` (and `verify-receiver --payloads`) read:
 * a JSON file holding a body, a JSON file holding an item `{event, body}` (optionally `headers`), an
 * NDJSON file (`.ndjson`, `.jsonl`: one body or item per line), or a folder of such files.
 */
export interface PayloadItem {
  /** Where it came from, for messages: `file`, or `file:line` for an NDJSON line. */
  source: string;
  file: string;
  /** 1-based line of an NDJSON line; 0 for a whole file. */
  line: number;
  /** The event type the item names, when it is an `{event, body}` item. */
  event?: string;
  /** Headers the item carries (names lower-cased), when it has `headers`. */
  headers?: Record<string, string>;
  body: unknown;
}

/** Files a folder is read for; anything else in it (a README) is left alone. */
const PAYLOAD_FILE = /\.(json|ndjson|jsonl)$/i;
const NDJSON_FILE = /\.(ndjson|jsonl)$/i;
/** Folders below a payloads folder read at most this deep (a corpus sorted by event is one level). */
const MAX_FOLDER_DEPTH = 8;

/** Reads a file or a folder (recursively, in name order, never through a symbolic link) into payload items. */
export function readPayloads(path: string): PayloadItem[] {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    const files = payloadFiles(path, 0);
    if (files.length === 0)
      throw new InputError('no payload files in this folder', { where: path, hint: 'payload files end in .json, .ndjson or .jsonl' });
    return files.flatMap((file) => readPayloadFileItems(file));
  }
  return readPayloadFileItems(path);
}

/** The items of one file: NDJSON by its extension, else one JSON document. */
export function readPayloadFileItems(file: string): PayloadItem[] {
  const text = readText(file, 'payload file');
  return NDJSON_FILE.test(file) ? parseNdjson(text, file) : [toItem(parsePayload(text, file), file, 0)];
}

/** One item per non-blank line; a line that is not JSON stops the run at `file:line`. */
export function parseNdjson(text: string, file: string): PayloadItem[] {
  const items: PayloadItem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`not valid JSON: ${(error as Error).message}`, {
        where,
        hint: 'an NDJSON file holds one JSON document per line',
      });
    }
    assertDepth(value, where);
    items.push(toItem(value, file, index + 1));
  });
  if (items.length === 0) throw new InputError('payload file holds no JSON line', { where: file });
  return items;
}

const ITEM_KEYS = new Set(['event', 'body', 'headers']);

/**
 * An object whose keys are `body` and at most `event` and `headers` is an item; anything else is a body.
 * (A body that happens to have only those keys must itself be wrapped: `{"body": {...}}`.)
 */
export function toItem(value: unknown, file: string, line: number): PayloadItem {
  const source = line === 0 ? file : `${file}:${line}`;
  const plain = value !== null && typeof value === 'object' && !Array.isArray(value);
  const keys = plain ? Object.keys(value) : [];
  if (!plain || !keys.includes('body') || !keys.every((k) => ITEM_KEYS.has(k))) return { source, file, line, body: value };
  const { event, body, headers } = value as { event?: unknown; body: unknown; headers?: unknown };
  if (event !== undefined && (typeof event !== 'string' || event === ''))
    throw new InputError('an item\'s "event" must be a non-empty string', {
      where: source,
      hint: 'write {"event": "order.paid", "body": {...}}',
    });
  const item: PayloadItem = { source, file, line, body, ...(event === undefined ? {} : { event }) };
  if (headers === undefined) return item;
  const entries = headers !== null && typeof headers === 'object' && !Array.isArray(headers) ? Object.entries(headers) : undefined;
  if (!entries || entries.some(([, v]) => typeof v !== 'string'))
    throw new InputError('an item\'s "headers" must map header names to strings', { where: source });
  return { ...item, headers: Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), v as string])) };
}

function payloadFiles(folder: string, depth: number): string[] {
  if (depth > MAX_FOLDER_DEPTH) throw new InputError(`folders nested deeper than ${MAX_FOLDER_DEPTH} levels`, { where: folder });
  let listed: Dirent[];
  try {
    listed = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`cannot read payload folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      where: folder,
      hint: 'check the path and its permissions',
    });
  }
  const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return payloadFiles(path, depth + 1);
    return entry.isFile() && PAYLOAD_FILE.test(entry.name) ? [path] : [];
  });
}
