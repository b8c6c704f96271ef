import { escapeSegment } from '../../runtime/internal/json-pointer.js';
import { followRefs, type SchemaRef } from '../schema/schema-ref.js';

type Obj = Record<string, unknown>;

/**
 * The parts of one webhook operation every tool compares or renders, each with the bundled-document
 * pointer (`#/...`) it really is at once `$ref`s are followed. Never throws: a part that cannot be read
 * is absent (the load has already refused what no tool can use).
 */
export interface EventParts {
  /** The JSON media type picked (`pickJsonMediaType`), and its schema when it has one. */
  content: ContentPart | undefined;
  /** `requestBody.required`. */
  bodyRequired: boolean;
  /** Every media type the body may come in. */
  mediaTypes: string[];
  /** The security requirements that apply (the operation's, else the document's), schemes resolved, and where declared. */
  security: { value: unknown; pointer: string } | undefined;
  /** Responses by status code (the consumer's answer). */
  responses: Map<string, { pointer: string; schema: SchemaRef | undefined }>;
  /** `x-sunset` (YYYY-MM-DD) on the operation, else its path item. */
  sunset: string | undefined;
}

export interface ContentPart {
  mediaType: string;
  pointer: string;
  schema: SchemaRef | undefined;
}

/** Reads the parts of the operation `op` at `pointer` (`#/...`), under the path item `item`. */
export function eventParts(document: unknown, op: Obj, pointer: string, item: Obj): EventParts {
  const body = followRefs(document, { node: op.requestBody, pointer: `${pointer}/requestBody` }).ref;
  const bodyNode = body.node as Obj | undefined;
  const content = bodyNode?.content;
  return {
    content: contentSchema(content, body.pointer),
    bodyRequired: bodyNode?.required === true,
    mediaTypes: content && typeof content === 'object' ? Object.keys(content) : [],
    security: securityOf(document as Obj, op, pointer),
    responses: responsesOf(document, op, pointer),
    sunset: sunsetOf(op) ?? sunsetOf(item),
  };
}

/** `application/json` first, then any other JSON media type (`+json`, `*\/json`). */
export function pickJsonMediaType(types: string[]): string | undefined {
  return types.find((t) => t.split(';')[0]?.trim() === 'application/json') ?? types.find((t) => /[/+]json\b/.test(t)) ?? types[0];
}

function sunsetOf(node: Obj): string | undefined {
  const value = node['x-sunset'];
  return typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
}

function contentSchema(content: unknown, pointer: string): ContentPart | undefined {
  if (content === null || typeof content !== 'object') return undefined;
  const mediaType = pickJsonMediaType(Object.keys(content));
  if (mediaType === undefined) return undefined;
  const media = (content as Obj)[mediaType] as Obj | undefined;
  const mediaPointer = `${pointer}/content/${escapeSegment(mediaType)}`;
  const schema = media?.schema === undefined ? undefined : { node: media.schema, pointer: `${mediaPointer}/schema` };
  return { mediaType, pointer: mediaPointer, schema };
}

function responsesOf(document: unknown, op: Obj, pointer: string): EventParts['responses'] {
  const responses: EventParts['responses'] = new Map();
  for (const [status, raw] of Object.entries((op.responses ?? {}) as Obj)) {
    const { ref: target } = followRefs(document, { node: raw, pointer: `${pointer}/responses/${escapeSegment(status)}` });
    const content = contentSchema((target.node as Obj | undefined)?.content, target.pointer);
    responses.set(status, { pointer: target.pointer, schema: content?.schema });
  }
  return responses;
}

function securityOf(document: Obj, op: Obj, pointer: string): EventParts['security'] {
  const requirements = (op.security ?? document.security) as Array<Record<string, unknown>> | undefined;
  if (!Array.isArray(requirements)) return undefined;
  const schemes = ((document.components as Obj | undefined)?.securitySchemes ?? {}) as Obj;
  const value = requirements.map((requirement) =>
    Object.fromEntries(Object.entries(requirement ?? {}).map(([name, scopes]) => [name, { scheme: schemes[name] ?? null, scopes }])),
  );
  return { value, pointer: op.security === undefined ? '#/security' : `${pointer}/security` };
}
