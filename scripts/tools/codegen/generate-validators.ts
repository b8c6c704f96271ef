import { sep } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fromPackage } from '../../core/package-root.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { EVENT_TYPE_EXTENSION, IDEMPOTENCY_EXTENSION, SIGNATURE_EXTENSION } from '../../core/spec/webhook-extensions.js';
import { jsString, jsValue } from '../../core/text/code-string.js';
import { createAjv, registerSpec } from '../../core/validate/ajv.js';
import { deliveryData } from './delivery-data.js';
import type { TypeNames } from './naming.js';
import { selfContained } from './self-contained.js';

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
 * 2020-12, our formats), so that a consumer compiles nothing at start-up. The module is self-contained
 * (self-contained.ts: Ajv's helpers and our formats bundled in), so it can be moved or shipped. Beside the
 * validators it exports what the spec declares about deliveries: `declarations` per event and
 * `defaultScheme`, the spec's one signature scheme (typed as its literal value in the declarations).
 */
export async function generateValidators(spec: LoadedSpec, names: TypeNames, typesModule: string): Promise<GeneratedValidators> {
  const ajv = createAjv({
    code: { source: true, esm: true, formatsModule: fromPackage('scripts/runtime/internal/formats.cjs').split(sep).join('/') },
  });
  const refs = registerSpec(ajv, spec);
  const exports: Record<string, string> = {};
  const entries: string[] = [];
  for (const [type, ref] of refs) {
    const name = `validate${names.events.get(type)}`;
    exports[name] = ref; // a pointer into the one registered document: shared schemes compile once
    entries.push(`  [${jsString(type)}, ${name}],`);
  }
  const { events, defaultScheme } = deliveryData(spec, new Set(refs.keys()));
  const declared = [...events].map(([type, value]) => `  [${jsString(type)}, ${jsValue(value)}],`);
  const code = standaloneCode.default(ajv, exports);
  const js = await selfContained(
    [
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
      "/** The spec's signature scheme, when every signed event shares one (else null: see `declarations`). */",
      `export const defaultScheme = ${jsValue(defaultScheme)};`,
      '',
    ].join('\n'),
  );
  const dts = [
    `import type { EventType } from '${typesModule}';`,
    '',
    "/** One reason a payload was refused, as Ajv reports it (the file imports nothing, Ajv's types included). */",
    'export interface ErrorObject {',
    '  keyword: string;',
    '  instancePath: string;',
    '  schemaPath: string;',
    '  params: Record<string, unknown>;',
    '  message?: string;',
    '}',
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
    '  eventTypeHeader: string | null;',
    '  idempotencyKey: string | null;',
    '}',
    '',
    DECLARATIONS_COMMENT,
    'export declare const declarations: ReadonlyMap<EventType, DeliveryDeclarations>;',
    '',
    "/** The spec's signature scheme, when every signed event shares one (else null: see `declarations`). */",
    `export declare const defaultScheme: ${JSON.stringify(defaultScheme)};`,
    '',
  ].join('\n');
  return { js, dts };
}
