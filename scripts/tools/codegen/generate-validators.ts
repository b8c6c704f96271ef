import { relative, resolve, sep } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fromPackage } from '../../core/package-root.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { createAjv, registerSpec } from '../../core/validate/ajv.js';
import type { TypeNames } from './naming.js';

export interface GeneratedValidators {
  /** ES module: one compiled validator per event and `validators`, a Map from event type to validator. */
  js: string;
  /** Its declarations, typed with the event map of the types module. */
  dts: string;
}

/**
 * Compiles every event's payload schema ahead of time to standalone JavaScript (Ajv, JSON Schema
 * 2020-12, our formats), so that a consumer compiles nothing at start-up. The code `require()`s
 * scripts/core/validate/formats.cjs (by a path relative to `outDir`) and Ajv's runtime helpers; a
 * `createRequire` preamble resolves them from the file's own place, that is within this package.
 */
export function generateValidators(spec: LoadedSpec, names: TypeNames, outDir: string, typesModule: string): GeneratedValidators {
  const ajv = createAjv({ code: { source: true, esm: true, formatsModule: formatsModuleFrom(outDir) } });
  const refs = registerSpec(ajv, spec);
  const exports: Record<string, string> = {};
  const entries: string[] = [];
  for (const [type, ref] of refs) {
    const name = `validate${names.events.get(type)}`;
    exports[name] = ref; // a pointer into the one registered document: shared schemas compile once
    entries.push(`  [${JSON.stringify(type)}, ${name}],`);
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
  ].join('\n');
  return { js, dts };
}

/** scripts/core/validate/formats.cjs, as a `require()` path relative to the generated file's folder. */
function formatsModuleFrom(outDir: string): string {
  const target = fromPackage('scripts/core/validate/formats.cjs');
  const path = relative(resolve(outDir), target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
