import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadOptions, loadSpec } from '../../scripts/core/spec/load.js';
import { type DiffOptions, diffSpecs } from '../../scripts/tools/diff/diff-specs.js';
import type { DiffReport } from '../../scripts/tools/diff/types.js';

/** Marks a key an overlay deletes. */
export const REMOVE = Symbol('remove');

/**
 * Edits to a spec, JSON pointer → new value (or REMOVE). A pointer replaces the value it names whole; a
 * new key goes last in its object. Edits apply in the order written.
 */
export type Overlay = Readonly<Record<string, unknown>>;

/** `[id, level, pointer]` of one change, the shape the rule tables assert. */
export type Want = Array<[id: string, level: string, pointer: string]>;

/**
 * A minimal pair: `base` is the skeleton with `base` applied, `head` is that base with `head` applied, so a
 * case reads as "the base, and the one change under test".
 */
export interface Pair {
  /** Which skeleton the pair starts from (default `order`). */
  spec?: keyof typeof SKELETONS;
  base?: Overlay;
  head: Overlay;
}

/** A named pair and what the diff must find in it. */
export interface Case extends Pair {
  want: Want;
}

/** The one event of the skeletons, `post` with the signature header, an `Order` body and a 200; pairs add it under other names. */
export const ORDER_EVENT = {
  post: {
    parameters: [{ $ref: '#/components/parameters/Signature' }],
    requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
    responses: { '200': { description: 'accepted' } },
  },
};
const SIGNATURE = { name: 'X-Signature', in: 'header', required: true, schema: { type: 'string' } };

/** The specs pairs start from: one event `order.created` whose body is `#/components/schemas/Order`. */
export const SKELETONS = {
  /** An `Order` with a string `id` (bounded, patterned), an enum `status`, an email `note` and an integer `amount`. */
  order: {
    openapi: '3.1.0',
    info: { title: 'diff fixture', version: '1.0.0' },
    webhooks: { 'order.created': ORDER_EVENT },
    components: {
      parameters: { Signature: SIGNATURE },
      schemas: {
        Order: {
          type: 'object',
          required: ['id', 'status'],
          properties: {
            id: { type: 'string', maxLength: 20, pattern: '^ord_', description: 'Order id.' },
            status: { type: 'string', enum: ['new', 'paid'] },
            note: { type: 'string', format: 'email' },
            amount: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
  },
  /** For keyword pairs: an `Order` with just a string `id` (pairs add `x`), an `Iban` to reference, basic auth. */
  keyword: {
    openapi: '3.1.0',
    info: { title: 'diff fixture', version: '1.0.0' },
    webhooks: { 'order.created': ORDER_EVENT },
    components: {
      parameters: { Signature: SIGNATURE },
      securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' } },
      schemas: {
        Order: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        Iban: { type: 'object', properties: { iban: { type: 'string' } } },
      },
    },
  },
} as const;

/** Applies an overlay to a copy of `document`. */
export function applyOverlay(document: unknown, overlay: Overlay = {}): unknown {
  const root = { '': structuredClone(document) };
  for (const [pointer, value] of Object.entries(overlay)) {
    const keys = ['', ...pointer.split('/').slice(1)].map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = keys.pop() as string;
    let parent: unknown = root;
    for (const key of keys) {
      parent = (parent as Record<string, unknown>)[key];
      if (parent === null || typeof parent !== 'object') throw new Error(`overlay pointer ${pointer}: no object at "${key}"`);
    }
    const holder = parent as Record<string, unknown>;
    if (value === REMOVE) {
      if (!(last in holder)) throw new Error(`overlay pointer ${pointer}: nothing to remove`);
      delete holder[last];
    } else {
      holder[last] = structuredClone(value);
    }
  }
  return root[''];
}

/** The base and head documents of a pair. */
export function pairDocuments(pair: Pair): { base: unknown; head: unknown } {
  const base = applyOverlay(SKELETONS[pair.spec ?? 'order'], pair.base);
  return { base, head: applyOverlay(base, pair.head) };
}

let scratch: string | undefined;
let written = 0;
/** Writes both sides as JSON files in this process's scratch folder (removed on exit); returns their paths. */
export function writePair(pair: Pair, dir?: string): [base: string, head: string] {
  if (!dir) {
    scratch ??= makeScratch();
    dir = join(scratch, String(written++));
  }
  mkdirSync(dir, { recursive: true });
  const { base, head } = pairDocuments(pair);
  const paths: [string, string] = [join(dir, 'base.json'), join(dir, 'head.json')];
  writeFileSync(paths[0], `${JSON.stringify(base, null, 2)}\n`);
  writeFileSync(paths[1], `${JSON.stringify(head, null, 2)}\n`);
  return paths;
}

function makeScratch(): string {
  const dir = join(tmpdir(), `wc-diff-pair-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Loads both sides of a pair and diffs them with the diff's public function, on a fixed date for sunsets. */
export async function diffPair(pair: Pair, options: DiffOptions = {}, load: LoadOptions = {}): Promise<DiffReport> {
  const [basePath, headPath] = writePair(pair);
  const [base, head] = await Promise.all([loadSpec(basePath, load), loadSpec(headPath, load)]);
  return diffSpecs(base, head, { today: '2026-06-01', ...options });
}

/** `[id, level, pointer]` of every change, the shape the tables assert. */
export const brief = (report: DiffReport): Want => report.changes.map((c) => [c.id, c.level, c.pointer]);
