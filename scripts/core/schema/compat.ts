/**
 * Explicit compatibility switches for OpenAPI 3.0 leftovers in 3.1 documents.
 * Nothing here runs unless the user asks for it (`--compat nullable`): guessing silently would make
 * our verdicts differ from the document's meaning under 3.1, where `nullable` is just an unknown keyword.
 */
export const COMPAT_OPTIONS = ['nullable'] as const;
export type CompatOption = (typeof COMPAT_OPTIONS)[number];

export function isCompatOption(value: string): value is CompatOption {
  return (COMPAT_OPTIONS as readonly string[]).includes(value);
}

/** Rewrites the document in place: `nullable: true` becomes a 3.1 way of allowing null. */
export function applyCompat(document: unknown, options: readonly CompatOption[]): void {
  if (options.includes('nullable')) rewriteNullable(document);
}

function rewriteNullable(root: unknown): void {
  forEachSchemaLike(root, (schema) => {
    if (schema.nullable === true) makeNullable(schema);
    if (typeof schema.nullable === 'boolean') delete schema.nullable;
  });
}

/** Removes the 3.0 keyword `nullable` everywhere, so that a JSON Schema validator gives it no meaning. */
export function stripNullable(root: unknown): void {
  forEachSchemaLike(root, (schema) => {
    if (typeof schema.nullable === 'boolean') delete schema.nullable;
  });
}

/**
 * Visits every object that can be a schema, skipping data (examples, const, enum, default) and
 * never treating a `properties` map itself as a schema (a property may be named `nullable`).
 */
function forEachSchemaLike(root: unknown, visit: (schema: Record<string, unknown>) => void): void {
  const stack: Array<[unknown, string]> = [[root, '']];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [node, key] = stack.pop() as [unknown, string];
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    const isPropertyMap = key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'schemas';
    if (!isPropertyMap && !Array.isArray(node)) visit(record);
    for (const [childKey, child] of Object.entries(record)) {
      if (!isPropertyMap && ['example', 'examples', 'const', 'enum', 'default'].includes(childKey)) continue;
      stack.push([child, Array.isArray(node) ? key : childKey]);
    }
  }
}

function makeNullable(schema: Record<string, unknown>): void {
  if (typeof schema.$ref === 'string') {
    // A $ref with siblings: keep the reference, let null through beside it.
    const { $ref, nullable: _n, ...rest } = schema;
    for (const key of Object.keys(schema)) delete schema[key];
    Object.assign(schema, rest, { anyOf: [{ $ref }, { type: 'null' }] });
    return;
  }
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  else if (Array.isArray(schema.type) && !schema.type.includes('null')) schema.type = [...schema.type, 'null'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key]) && schema.type === undefined) {
      const branches = schema[key] as unknown[];
      schema[key] = undefined;
      delete schema[key];
      schema.anyOf = [{ [key]: branches }, { type: 'null' }];
      return;
    }
  }
}
