import { stripNullable } from './compat.js';

/**
 * The bundled document as the JSON Schema tools read it (Ajv for `validate`, openapi-typescript for `types`):
 * a copy without the OpenAPI 3.0 keyword `nullable`. Under 3.1 it means nothing; `--compat nullable` has
 * already rewritten it into `type: [X, 'null']` or an `anyOf` with `{type: 'null'}` when the spec was loaded,
 * so what is left must not be read (Ajv and openapi-typescript would both give it its 3.0 meaning).
 * normalize.ts never reads it either: every command sees the same schema.
 */
export function jsonSchemaDocument(document: unknown): unknown {
  const copy = structuredClone(document);
  stripNullable(copy);
  return copy;
}
