import { followRefs, type SchemaRef } from '../../core/schema/normalize.js';
import { pickJsonMediaType } from '../../core/spec/events.js';
import { childPointer, toFragment } from '../../core/spec/pointer.js';

const METHODS = ['post', 'put', 'patch', 'get', 'delete', 'options', 'head', 'trace'] as const;
type Obj = Record<string, unknown>;

/** What the diff needs of one webhook, with the bundled-document pointer of every part. */
export interface EventView {
  key: string;
  pointer: string;
  operation: Obj;
  deprecated: boolean;
  /** `x-sunset` (a date, YYYY-MM-DD…) on the operation or its path item. */
  sunset: string | undefined;
  headers: Map<string, HeaderView>;
  body: { mediaType: string; pointer: string; schema: SchemaRef | undefined } | undefined;
  /** `requestBody.required`, and every media type the body may come in. */
  bodyRequired: boolean;
  mediaTypes: string[];
  /** The security requirements that apply (the operation's, else the document's), schemes resolved, and where they are declared. */
  security: { value: unknown; pointer: string } | undefined;
  /** `x-webhook-signature` as declared on the operation, else the document root, else `components`, with its pointer. */
  signature: { value: Obj; pointer: string } | undefined;
  /** Responses by status code (the consumer's answer). */
  responses: Map<string, { pointer: string; schema: SchemaRef | undefined }>;
}

export interface HeaderView {
  name: string;
  required: boolean;
  pointer: string;
  schema: SchemaRef | undefined;
}

/** Views of every webhook of a bundled document, by key, in spec order. */
export function eventViews(document: Obj): Map<string, EventView> {
  const views = new Map<string, EventView>();
  for (const [key, raw] of Object.entries((document.webhooks ?? {}) as Obj)) {
    const item = followRefs(document, { node: raw, pointer: toFragment(['webhooks', key]) }).ref;
    const itemNode = (item.node ?? {}) as Obj;
    const method = METHODS.find((m) => itemNode[m] !== undefined) ?? 'post';
    const operation = followRefs(document, { node: itemNode[method], pointer: `${item.pointer}/${method}` }).ref;
    const op = (operation.node ?? {}) as Obj;
    views.set(key, {
      key,
      pointer: operation.pointer,
      operation: op,
      deprecated: op.deprecated === true,
      sunset: sunsetOf(op) ?? sunsetOf(itemNode),
      headers: headersOf(document, [
        ...parameters(itemNode, `${item.pointer}/parameters`),
        ...parameters(op, `${operation.pointer}/parameters`),
      ]),
      body: bodyOf(document, { node: op.requestBody, pointer: `${operation.pointer}/requestBody` }),
      ...bodyFacts(document, { node: op.requestBody, pointer: `${operation.pointer}/requestBody` }),
      security: securityOf(document, op, operation.pointer),
      signature: signatureOf(document, op, operation.pointer),
      responses: responsesOf(document, op, operation.pointer),
    });
  }
  return views;
}

function sunsetOf(node: Obj): string | undefined {
  const value = node['x-sunset'];
  return typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
}

function parameters(node: Obj, pointer: string): SchemaRef[] {
  return Array.isArray(node.parameters) ? node.parameters.map((p, i) => ({ node: p, pointer: `${pointer}/${i}` })) : [];
}

function headersOf(document: Obj, refs: SchemaRef[]): Map<string, HeaderView> {
  const headers = new Map<string, HeaderView>();
  for (const ref of refs) {
    const { ref: target } = followRefs(document, ref);
    const p = (target.node ?? {}) as Obj;
    if (p.in !== 'header' || typeof p.name !== 'string') continue;
    const schema = p.schema === undefined ? undefined : { node: p.schema, pointer: `${target.pointer}/schema` };
    headers.set(p.name.toLowerCase(), { name: p.name, required: p.required === true, pointer: target.pointer, schema });
  }
  return headers;
}

function contentSchema(
  content: unknown,
  pointer: string,
): { mediaType: string; pointer: string; schema: SchemaRef | undefined } | undefined {
  if (content === null || typeof content !== 'object') return undefined;
  const mediaType = pickJsonMediaType(Object.keys(content));
  if (mediaType === undefined) return undefined;
  const media = (content as Obj)[mediaType] as Obj | undefined;
  const mediaPointer = childPointer(pointer, 'content', mediaType);
  const schema = media?.schema === undefined ? undefined : { node: media.schema, pointer: `${mediaPointer}/schema` };
  return { mediaType, pointer: mediaPointer, schema };
}

function bodyOf(document: Obj, ref: SchemaRef): EventView['body'] {
  const { ref: target } = followRefs(document, ref);
  return contentSchema((target.node as Obj | undefined)?.content, target.pointer);
}

function responsesOf(document: Obj, op: Obj, pointer: string): EventView['responses'] {
  const responses: EventView['responses'] = new Map();
  for (const [status, raw] of Object.entries((op.responses ?? {}) as Obj)) {
    const { ref: target } = followRefs(document, { node: raw, pointer: childPointer(pointer, 'responses', status) });
    const content = contentSchema((target.node as Obj | undefined)?.content, target.pointer);
    responses.set(status, { pointer: target.pointer, schema: content?.schema });
  }
  return responses;
}

function bodyFacts(document: Obj, ref: SchemaRef): { bodyRequired: boolean; mediaTypes: string[] } {
  const body = followRefs(document, ref).ref.node as Obj | undefined;
  const content = body?.content;
  return { bodyRequired: body?.required === true, mediaTypes: content && typeof content === 'object' ? Object.keys(content) : [] };
}

function securityOf(document: Obj, op: Obj, pointer: string): EventView['security'] {
  const requirements = (op.security ?? document.security) as Array<Record<string, unknown>> | undefined;
  if (!Array.isArray(requirements)) return undefined;
  const schemes = ((document.components as Obj | undefined)?.securitySchemes ?? {}) as Obj;
  const value = requirements.map((requirement) =>
    Object.fromEntries(Object.entries(requirement ?? {}).map(([name, scopes]) => [name, { scheme: schemes[name] ?? null, scopes }])),
  );
  return { value, pointer: op.security === undefined ? '#/security' : `${pointer}/security` };
}

function signatureOf(document: Obj, op: Obj, pointer: string): EventView['signature'] {
  const key = 'x-webhook-signature';
  const components = document.components as Obj | undefined;
  const found =
    op[key] !== undefined
      ? { value: op[key], pointer: `${pointer}/${key}` }
      : document[key] !== undefined
        ? { value: document[key], pointer: `#/${key}` }
        : components?.[key] !== undefined
          ? { value: components[key], pointer: `#/components/${key}` }
          : undefined;
  return found && found.value !== null && typeof found.value === 'object'
    ? { value: found.value as Obj, pointer: found.pointer }
    : undefined;
}
