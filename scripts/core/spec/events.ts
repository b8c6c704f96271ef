import type { OpenAPIV3_1 } from 'openapi-types';
import { parsePointer, toFragment } from '../../runtime/internal/json-pointer.js';
import { InputError } from '../errors.js';
import { followRefs, type SchemaRef } from '../schema/schema-ref.js';
import { type EventDeclarations, readEventDeclarations } from './declaration-reader.js';
import { type EventParts, eventParts, pickJsonMediaType } from './event-parts.js';

export { pickJsonMediaType };

type Schema = OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject;
const METHODS = ['post', 'put', 'patch', 'get', 'delete', 'options', 'head', 'trace'] as const;

/**
 * One webhook event, the one model every tool reads: the key under `webhooks` is its type. Besides the
 * body and its examples it carries the parts a delivery is made of (EventParts: headers, media types,
 * responses, security, sunset, with their pointers) and every webhook declaration that applies (signature,
 * event type, idempotency key, key fields), read once by the one reader (declaration-reader.ts; strict: readDeclarations).
 */
export interface WebhookEvent extends EventParts {
  type: string;
  method: string;
  /** JSON pointer of the operation in the bundled document (`$ref`s to path items followed). */
  pointer: string;
  operation: OpenAPIV3_1.OperationObject;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  /** Request headers the provider sends (the signature header among them). */
  headers: EventHeader[];
  /** Absent when the webhook documents no request body. */
  body: EventBody | undefined;
  /** The webhook declarations (operation, else document, else components); problems kept as data. */
  declarations: EventDeclarations;
}

export interface EventBody {
  mediaType: string;
  required: boolean;
  /** JSON pointer of the payload schema in the bundled document. */
  schemaPointer: string;
  schema: Schema;
  examples: EventExample[];
}

export interface EventExample {
  name: string;
  summary: string | undefined;
  value: unknown;
  /** JSON pointer of the example value in the bundled document. */
  pointer: string;
}

export interface EventHeader {
  name: string;
  required: boolean;
  description: string | undefined;
  schema: Schema | undefined;
  /** The value the spec shows for it (the parameter's `example`, first of `examples`, or its schema's), when any. */
  example: unknown;
  /** JSON pointer of the parameter (`#/...`, `$ref` followed), and of its schema. */
  pointer: string;
  schemaRef: SchemaRef | undefined;
}

/** Lists the webhook events of a bundled 3.1 document. */
export function listEvents(document: OpenAPIV3_1.Document, where: string): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  for (const [type, rawItem] of Object.entries(document.webhooks ?? {})) {
    const itemPointer = ['webhooks', type];
    const item = deref<OpenAPIV3_1.PathItemObject>(document, rawItem, where);
    const method = METHODS.find((m) => item?.[m] !== undefined);
    if (!item || !method) {
      throw new InputError(`webhook "${type}" has no operation`, {
        where: `${where}${toFragment(itemPointer)}`,
        hint: 'add a `post:` operation',
      });
    }
    const itemAt = followRefs(document, { node: rawItem, pointer: toFragment(itemPointer) }).ref.pointer;
    const at = followRefs(document, { node: item[method], pointer: `${itemAt}/${method}` }).ref;
    const operation = at.node as OpenAPIV3_1.OperationObject;
    const opPointer = parsePointer(at.pointer);
    events.push({
      type,
      method,
      pointer: at.pointer,
      operation,
      summary: operation.summary,
      description: operation.description,
      deprecated: operation.deprecated === true,
      headers: listHeaders(document, [...parametersOf(item, itemAt), ...parametersOf(operation, at.pointer)], where),
      body: readBody(document, operation, opPointer, where),
      ...eventParts(document, operation as Record<string, unknown>, at.pointer, item as Record<string, unknown>),
      declarations: readEventDeclarations(document, operation, at.pointer),
    });
  }
  return events;
}

function readBody(
  document: OpenAPIV3_1.Document,
  operation: OpenAPIV3_1.OperationObject,
  opPointer: string[],
  where: string,
): EventBody | undefined {
  const body = deref<OpenAPIV3_1.RequestBodyObject>(document, operation.requestBody, where);
  if (!body?.content) return undefined;
  const mediaType = pickJsonMediaType(Object.keys(body.content));
  if (!mediaType) return undefined;
  const media = body.content[mediaType] as OpenAPIV3_1.MediaTypeObject;
  const mediaPointer = [...opPointer, 'requestBody', 'content', mediaType];
  if (!media.schema) return undefined;
  const examples: EventExample[] = [];
  if (media.example !== undefined) {
    examples.push({ name: 'example', summary: undefined, value: media.example, pointer: toFragment([...mediaPointer, 'example']) });
  }
  for (const [name, raw] of Object.entries(media.examples ?? {})) {
    const example = deref<OpenAPIV3_1.ExampleObject>(document, raw, where);
    if (example?.value === undefined) continue;
    const base = isRef(raw) ? parsePointer(raw.$ref) : [...mediaPointer, 'examples', name];
    examples.push({ name, summary: example.summary, value: example.value, pointer: toFragment([...base, 'value']) });
  }
  return {
    mediaType,
    required: body.required === true,
    schemaPointer: toFragment([...mediaPointer, 'schema']),
    schema: media.schema as Schema,
    examples,
  };
}

function listHeaders(document: OpenAPIV3_1.Document, parameters: Array<{ node: unknown; pointer: string }>, where: string): EventHeader[] {
  const headers: EventHeader[] = [];
  for (const raw of parameters) {
    const p = deref<OpenAPIV3_1.ParameterObject>(document, raw.node, where);
    if (p?.in !== 'header') continue;
    const pointer = followRefs(document, raw).ref.pointer;
    const schema = p.schema as Schema | undefined;
    const resolved = deref<OpenAPIV3_1.SchemaObject>(document, p.schema, where);
    const first = (examples: unknown) =>
      examples && typeof examples === 'object' ? Object.values(examples).map((e) => (e as { value?: unknown })?.value ?? e)[0] : undefined;
    const example =
      p.example ?? first(p.examples) ?? resolved?.example ?? (Array.isArray(resolved?.examples) ? resolved.examples[0] : undefined);
    headers.push({
      name: p.name,
      required: p.required === true,
      description: p.description,
      schema,
      example,
      pointer,
      schemaRef: schema === undefined ? undefined : { node: schema, pointer: `${pointer}/schema` },
    });
  }
  return headers;
}

function parametersOf(node: { parameters?: unknown }, pointer: string): Array<{ node: unknown; pointer: string }> {
  return Array.isArray(node.parameters) ? node.parameters.map((p, i) => ({ node: p, pointer: `${pointer}/parameters/${i}` })) : [];
}

export function isRef(value: unknown): value is { $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** Follows local `#/...` references (as left by bundling, with the one follower of core/schema) until a real object is reached. */
export function deref<T>(document: unknown, value: unknown, where = 'spec'): T | undefined {
  const { node } = followRefs(document, { node: value, pointer: '' }).ref;
  if (isRef(node)) throw new InputError(`cannot follow $ref "${node.$ref}"`, { where });
  return node as T | undefined;
}
