import type { OpenAPIV3_1 } from 'openapi-types';
import { InputError } from '../errors.js';
import { followRefs } from '../schema/schema-ref.js';
import { parsePointer, toFragment } from './pointer.js';

type Schema = OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject;
const METHODS = ['post', 'put', 'patch', 'get', 'delete', 'options', 'head', 'trace'] as const;

/** One webhook event: the key under `webhooks` is its type. */
export interface WebhookEvent {
  type: string;
  method: string;
  /** JSON pointer of the operation in the bundled document. */
  pointer: string;
  operation: OpenAPIV3_1.OperationObject;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  /** Request headers the provider sends (the signature header among them). */
  headers: EventHeader[];
  /** Absent when the webhook documents no request body. */
  body: EventBody | undefined;
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
    const operation = item[method] as OpenAPIV3_1.OperationObject;
    const opPointer = [...itemPointer, method];
    events.push({
      type,
      method,
      pointer: toFragment(opPointer),
      operation,
      summary: operation.summary,
      description: operation.description,
      deprecated: operation.deprecated === true,
      headers: listHeaders(document, [...(item.parameters ?? []), ...(operation.parameters ?? [])], where),
      body: readBody(document, operation, opPointer, where),
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

function listHeaders(document: OpenAPIV3_1.Document, parameters: unknown[], where: string): EventHeader[] {
  const headers: EventHeader[] = [];
  for (const raw of parameters) {
    const p = deref<OpenAPIV3_1.ParameterObject>(document, raw, where);
    if (p?.in !== 'header') continue;
    headers.push({ name: p.name, required: p.required === true, description: p.description, schema: p.schema as Schema | undefined });
  }
  return headers;
}

/** `application/json` first, then any other JSON media type (`+json`, `*\/json`). */
export function pickJsonMediaType(types: string[]): string | undefined {
  return types.find((t) => t.split(';')[0]?.trim() === 'application/json') ?? types.find((t) => /[/+]json\b/.test(t)) ?? types[0];
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
