import { join, resolve } from 'node:path';
import { readCacheFile, writeCacheFile } from '../../core/cache-file.js';
import { modulesDigest, sha256 } from '../../core/code-digest.js';
import type { WebhookEvent } from '../../core/spec/events.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { defaultCacheRoot } from '../../core/validate/pattern-verdicts.js';
import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';

/** One problem of one example, as the example check found it (its file position is found again on use). */
export interface ExampleProblem {
  example: string;
  pointer: string;
  message: string;
}

/** Bump when the stored shape changes. */
const FORMAT = 1;
/** Libraries whose verdicts the problems are. */
const CHECK_PACKAGES = ['ajv', 'ajv-formats'];
/** Keywords that make a `$ref` mean something other than a pointer into the document: such a spec is not kept. */
const SCOPE_KEYWORDS = new Set(['$id', '$anchor', '$dynamicAnchor', '$dynamicRef']);
/** Keywords whose values are data, not schemas. */
const DATA = new Set(['examples', 'example', 'enum', 'const', 'default']);

/**
 * The example check's problems kept between runs, per event: an event whose body schema, every schema that
 * schema reaches by `$ref`, and examples are what they were (and the check's code, Ajv's version and the
 * patterns it skips too) gets the problems it had, without compiling its validator. Compiling is nearly all
 * the check's cost (~0.3 s on our spec, ~1 s on a 500-event one); after an edit of the spec's prose, or of a
 * schema few events use, most events keep their verdicts. A spec with `$id`-scoped references is never kept
 * (its `$ref`s are not pointers into the document). A file that is unreadable, malformed or made for other
 * inputs is ignored (see cache-file.ts).
 */
export class ExampleVerdicts {
  private readonly stored: Record<string, Entry> = {};
  private readonly now: Record<string, Entry> = {};
  private readonly keys = new Map<string, string | undefined>();
  private readonly id: string;

  constructor(
    private readonly file: string | undefined,
    private readonly spec: LoadedSpec,
    private readonly global: string,
  ) {
    // One entry per spec and global key: two builds of the toolkit (its sources, its compiled CLI) checking the
    // same spec keep one each instead of replacing each other's.
    // The global key is part of the id: an entry made with other inputs is never found.
    this.id = sha256(`${resolve(spec.path)}\0${global}`).slice(0, 16);
    Object.assign(this.stored, file ? readFile(file).specs[this.id]?.events : undefined);
  }

  /** The problems the event's examples had, when nothing they depend on changed. */
  get(event: WebhookEvent): ExampleProblem[] | undefined {
    const key = this.keyOf(event);
    const kept = key === undefined ? undefined : this.stored[event.type];
    if (!kept || kept.key !== key) return undefined;
    this.now[event.type] = kept;
    return kept.problems;
  }

  set(event: WebhookEvent, problems: ExampleProblem[]): void {
    const key = this.keyOf(event);
    if (key !== undefined) this.now[event.type] = { key, problems };
  }

  /** Writes this run's verdicts (those of events gone from the spec are dropped), beside the newest of other specs. */
  save(): void {
    if (!this.file || sameJson(this.now, this.stored)) return;
    const { specs } = readFile(this.file);
    delete specs[this.id];
    specs[this.id] = { global: this.global, events: this.now };
    writeCacheFile(this.file, { format: FORMAT, specs: Object.fromEntries(Object.entries(specs).slice(-MAX_KEPT_SPECS)) });
  }

  private keyOf(event: WebhookEvent): string | undefined {
    if (!this.keys.has(event.type)) this.keys.set(event.type, eventKey(this.spec, event));
    return this.keys.get(event.type);
  }
}

interface Entry {
  key: string;
  problems: ExampleProblem[];
}

/** How many specs' verdicts the file keeps (the most recently checked). */
export const MAX_KEPT_SPECS = 20;

/** The file's specs, each with its global key and events; none from a file that is unreadable or malformed. */
function readFile(file: string): { specs: Record<string, { global: string; events: Record<string, Entry> }> } {
  const specs: Record<string, { global: string; events: Record<string, Entry> }> = {};
  const data = readCacheFile(file) as { format?: unknown; specs?: unknown } | undefined;
  if (data?.format !== FORMAT || data.specs === null || typeof data.specs !== 'object') return { specs };
  for (const [id, spec] of Object.entries(data.specs as Record<string, { global?: unknown; events?: unknown }>)) {
    if (typeof spec?.global !== 'string' || spec.events === null || typeof spec.events !== 'object') continue;
    const events = Object.entries(spec.events as Record<string, unknown>).filter((e): e is [string, Entry] => isEntry(e[1]));
    specs[id] = { global: spec.global, events: Object.fromEntries(events) };
  }
  return { specs };
}

/**
 * What every event's verdict depends on besides its own parts: the check's code (its text), Ajv's version, the
 * patterns it does not run, and the document's dialect.
 */
export function globalKey(spec: LoadedSpec, skipPatterns: ReadonlySet<string> = new Set()): string {
  const { openapi, jsonSchemaDialect } = spec.document as { openapi?: string; jsonSchemaDialect?: string };
  return sha256(JSON.stringify([FORMAT, checkCodeDigest(), openapi, jsonSchemaDialect ?? null, [...skipPatterns].sort()]));
}

/** The event's body schema, every schema it reaches by `$ref`, and its examples; undefined when it cannot be told (scoped `$ref`s). */
export function eventKey(spec: LoadedSpec, event: WebhookEvent): string | undefined {
  if (!event.body) return undefined;
  const reached = new Map<string, unknown>();
  const pending: unknown[] = [event.body.schema];
  let scoped = false;
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (SCOPE_KEYWORDS.has(key)) scoped = true;
      if (key === '$ref' && typeof value === 'string' && !reached.has(value)) {
        if (!value.startsWith('#')) scoped = true;
        else {
          const target = getAt(spec.document, parsePointer(value));
          reached.set(value, target);
          pending.push(target);
        }
      }
      if (!DATA.has(key)) visit(value); // data holds no `$ref` to follow (it is hashed with its schema below)
    }
  };
  while (pending.length > 0 && !scoped) visit(pending.pop());
  if (scoped) return undefined;
  const examples = event.body.examples.map((e) => [e.name, e.value]);
  const schemas = [...reached].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(JSON.stringify([event.body.mediaType, event.body.schema, schemas, examples]));
}

let codeDigest: string | undefined;

/** The text of the example check and of the local modules it reaches, with the versions of Ajv and its formats. */
function checkCodeDigest(): string {
  // webhook-ajv is imported on demand (when a check must run), so it is an entry of its own.
  codeDigest ??= modulesDigest(
    ['./example-check.js', './webhook-ajv.js'].map((m) => new URL(m, import.meta.url)),
    CHECK_PACKAGES,
  );
  return codeDigest;
}

/** Where the verdicts are kept: beside recheck's (pattern-verdicts.ts), one file for every spec checked. */
export function defaultVerdictsFile(): string | undefined {
  const root = defaultCacheRoot(import.meta.url);
  return root && join(root, 'example-verdicts.json');
}

function isEntry(value: unknown): value is Entry {
  if (value === null || typeof value !== 'object') return false;
  const { key, problems } = value as Record<string, unknown>;
  return (
    typeof key === 'string' &&
    Array.isArray(problems) &&
    problems.every(
      (p) =>
        p !== null &&
        typeof p === 'object' &&
        typeof p.example === 'string' &&
        typeof p.pointer === 'string' &&
        typeof p.message === 'string',
    )
  );
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
