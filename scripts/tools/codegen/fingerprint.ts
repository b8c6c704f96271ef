import { existsSync, readFileSync } from 'node:fs';
import { packageVersion, sha256 } from '../../core/code-digest.js';
import { fromPackage } from '../../core/package-root.js';

/**
 * Generated files carry a fingerprint of what made them: the bundled spec, the command line, the versions of
 * the toolkit and of the libraries it drives, and the file's own text. Not the toolkit's source files: a
 * comment edited in the toolkit must not make generated files "stale" (`types --check` compares the
 * regenerated text itself, so a toolkit change that alters the output is still caught there). A file whose fingerprint
 * still matches is exactly what the generator would write again, so `npm run docs` can skip regenerating it
 * without loading TypeScript's compiler (a second of start-up on its own). This module must stay light: it
 * is what runs instead of the generator.
 */

/** The libraries whose output lands in the generated files. */
const GENERATOR_PACKAGES = ['openapi-typescript', 'typescript', 'ajv', 'ajv-formats'];
const LINE = /^\/\/ Fingerprint: ([0-9a-f]{64})\n/m;

/** What one set of generated files is made from. */
export interface GeneratorInputs {
  /** The bundled spec document (after `--compat` rewrites). */
  document: unknown;
  /** The command that regenerates the files (it is printed in their header). */
  regenerate: string;
  /** The types file's path, as given (the validators' import paths depend on it). */
  out: string;
}

/**
 * Top-level parts of the document that no generator reads (a test generates with each changed and compares):
 * an edit there (the spec's summary, its tags' prose) leaves the generated files as they are, so it does not
 * make them stale, and `npm run docs` need not load the generator for it.
 */
export const UNREAD_BY_GENERATORS = ['info', 'tags', 'servers', 'externalDocs'] as const;

/** A digest of everything a generated file depends on, except its own text. */
export function inputsDigest(inputs: GeneratorInputs, generator = generatorDigest()): string {
  return sha256([generator, inputs.regenerate, inputs.out, JSON.stringify(generatorInput(inputs.document))].join('\0'));
}

function generatorInput(document: unknown): unknown {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return document;
  const read = { ...(document as Record<string, unknown>) };
  for (const key of UNREAD_BY_GENERATORS) delete read[key];
  return read;
}

/** `content` (header line first) with the fingerprint line inserted after its header line. */
export function stamp(content: string, digest: string): string {
  const [header, rest] = splitHeader(content);
  return `${header}// Fingerprint: ${fingerprint(digest, content)}\n${rest}`;
}

/** True when the file exists, carries a fingerprint, and both the inputs and its text are what it was made from. */
export function isUpToDate(path: string, digest: string): boolean {
  if (!existsSync(path)) return false;
  const stamped = readFileSync(path, 'utf8');
  const found = LINE.exec(stamped);
  if (!found || found.index !== stamped.indexOf('\n') + 1) return false;
  const content = stamped.slice(0, found.index) + stamped.slice(found.index + found[0].length);
  return found[1] === fingerprint(digest, content);
}

let cachedGenerator: string | undefined;

/** The generator's identity: the toolkit's version and the versions of the libraries whose output lands in the files. */
export function generatorDigest(): string {
  if (cachedGenerator) return cachedGenerator;
  const toolkit = JSON.parse(readFileSync(fromPackage('package.json'), 'utf8')) as { version: string };
  const parts = [`webhook-contracts@${toolkit.version}`, ...GENERATOR_PACKAGES.map((name) => `${name}@${packageVersion(name)}`)];
  cachedGenerator = sha256(parts.join('\0'));
  return cachedGenerator;
}

const fingerprint = (digest: string, content: string) => sha256(`${digest}\0${content}`);

function splitHeader(content: string): [string, string] {
  const end = content.indexOf('\n') + 1;
  if (end === 0) throw new Error('fingerprint: a generated file starts with its header line');
  return [content.slice(0, end), content.slice(end)];
}
