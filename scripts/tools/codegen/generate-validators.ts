import { relative, resolve, sep } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fromPackage } from '../../core/package-root.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { readDeclarations } from '../../core/spec/webhook-declarations.js';
import { EVENT_TYPE_EXTENSION, IDEMPOTENCY_EXTENSION, SIGNATURE_EXTENSION } from '../../core/spec/webhook-extensions.js';
import { jsString, jsValue } from '../../core/text/code-string.js';
import { createAjv, registerSpec } from '../../core/validate/ajv.js';
import type { TypeNames } from './naming.js';

/** The generated `declarations` map's comment, naming the declarations it carries. */
const DECLARATIONS_COMMENT = `/** Event type → what the spec declares about its deliveries (${SIGNATURE_EXTENSION}, ${EVENT_TYPE_EXTENSION.replace('x-webhook', '')}, ${IDEMPOTENCY_EXTENSION.replace('x-webhook', '')}). */`;

export interface GeneratedValidators {
  /** ES module: one compiled validator per event and `validators`, a Map from event type to validator. */
  js: string;
  /** Its declarations, typed with the event map of the types module. */
  dts: string;
}

/**
 * Compiles every event's payload schema ahead of time to standalone JavaScript (Ajv, JSON Schema
 * 2020-12, our formats), so that a consumer compiles nothing at start-up. The code `require()`s
 * scripts/runtime/internal/formats.cjs (by a path relative to `outDir`) and Ajv's runtime helpers; a
 * `createRequire` preamble resolves them from the file's own place, that is within this package.
 */
export function generateValidators(spec: LoadedSpec, names: TypeNames, outDir: string, typesModule: string): GeneratedValidators {
  const ajv = createAjv({ code: { source: true, esm: true, formatsModule: formatsModuleFrom(outDir) } });
  const refs = registerSpec(ajv, spec);
  const exports: Record<string, string> = {};
  const entries: string[] = [];
  const declared: string[] = [];
  for (const [type, ref] of refs) {
    const name = `validate${names.events.get(type)}`;
    exports[name] = ref; // a pointer into the one registered document: shared schemas compile once
    entries.push(`  [${jsString(type)}, ${name}],`);
  }
  for (const event of spec.events) {
    if (!refs.has(event.type)) continue;
    const d = readDeclarations(spec, event);
    const signature = d.auth.find((a) => a.kind === 'hmac')?.scheme ?? null;
    const value = { signature, eventTypePointer: d.eventTypePointer ?? null, idempotencyKey: d.idempotencyKey ?? null };
    declared.push(`  [${jsString(event.type)}, ${jsValue(value)}],`);
  }
  const code = standaloneCode.default(ajv, exports);
  const js = [
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";\n?/, ''),
    '',
    '/** Event type → its compiled validator. */',
    'export const validators = new Map([',
    ...entries,
    ']);',
    '',
    DECLARATIONS_COMMENT,
    'export const declarations = new Map([',
    ...declared,
    ']);',
    '',
  ].join('\n');
  const dts = [
    "import type { ErrorObject } from 'ajv';",
    `import type { EventType } from '${typesModule}';`,
    '',
    '/** A validator compiled ahead of time: true when the payload is valid, else `errors` says why. */',
    'export interface CompiledValidator {',
    '  (data: unknown): boolean;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    '/** Event type → its compiled validator. */',
    'export declare const validators: ReadonlyMap<EventType, CompiledValidator>;',
    '',
    "/** What the spec declares about one event's deliveries (the same shape as the library's DeliveryDeclarations). */",
    'export interface DeliveryDeclarations {',
    '  signature: {',
    "    preset?: 'voucherify' | 'standard-webhooks' | 'github' | 'stripe';",
    '    header: string;',
    "    algorithm: 'sha256' | 'sha512';",
    "    encoding: 'hex' | 'base64';",
    '    prefix: string;',
    '    separator?: string;',
    "    signed: 'body' | 'timestamp.body' | 'id.timestamp.body';",
    '    idHeader?: string;',
    '    timestampHeader?: string;',
    '    timestampParam?: string;',
    '    tolerance?: number;',
    "    secretFormat: 'text' | 'whsec-base64';",
    '  } | null;',
    '  eventTypePointer: string | null;',
    '  idempotencyKey: string | null;',
    '}',
    '',
    DECLARATIONS_COMMENT,
    'export declare const declarations: ReadonlyMap<EventType, DeliveryDeclarations>;',
    '',
  ].join('\n');
  return { js, dts };
}

/** scripts/runtime/internal/formats.cjs, as a `require()` path relative to the generated file's folder. */
function formatsModuleFrom(outDir: string): string {
  const target = fromPackage('scripts/runtime/internal/formats.cjs');
  const path = relative(resolve(outDir), target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
