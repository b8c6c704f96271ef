import type { OpenAPIV3_1 } from 'openapi-types';
import { deref } from '../../core/spec/events.js';
import type { LoadedSpec } from '../../core/spec/load.js';

type Obj = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Whether our example check (example-check.ts) validates every media-type example of the document: true when
 * each Media Type Object that has an `example` or `examples` is the body of a webhook that ours checks (its
 * JSON body, with a schema). Then Redocly's `no-invalid-media-type-examples` would only repeat our work, and
 * it is the costliest of its rules (it compiles a validator per body: ~2 s of its CPU on a 500-event spec
 * with an example per event). A response, a callback, a `paths` operation, a parameter or a second media
 * type with an example keeps Redocly's rule on.
 */
export function examplesAllCovered(spec: LoadedSpec): boolean {
  const covered = new Set<unknown>();
  for (const event of spec.events) {
    if (!event.body) continue;
    const operation = deref<OpenAPIV3_1.OperationObject>(spec.document, { $ref: event.pointer });
    const body = deref<OpenAPIV3_1.RequestBodyObject>(spec.document, operation?.requestBody);
    covered.add(body?.content?.[event.body.mediaType]);
  }
  return mediaTypesWithExamples(spec.document).every((media) => covered.has(media));
}

/** Every Media Type Object of the document that shows an example, each once (where it is defined, not where it is referred to). */
export function mediaTypesWithExamples(document: unknown): Obj[] {
  const found = new Set<Obj>();
  const content = (owner: unknown) => {
    const map = (owner as { content?: unknown } | undefined)?.content;
    if (!isObj(map)) return;
    for (const media of Object.values(map)) if (isObj(media) && ('example' in media || 'examples' in media)) found.add(media);
  };
  const withHeaders = (owner: unknown) => {
    content(owner);
    for (const header of values((owner as { headers?: unknown } | undefined)?.headers)) content(header);
  };
  const operation = (op: unknown) => {
    if (!isObj(op)) return;
    for (const parameter of list(op.parameters)) content(parameter);
    content(op.requestBody);
    for (const response of values(op.responses)) withHeaders(response);
    for (const callback of values(op.callbacks)) for (const item of values(callback)) pathItem(item);
  };
  const pathItem = (item: unknown) => {
    if (!isObj(item)) return;
    for (const parameter of list(item.parameters)) content(parameter);
    for (const method of METHODS) operation(item[method]);
  };
  const doc = isObj(document) ? document : {};
  for (const item of [...values(doc.paths), ...values(doc.webhooks)]) pathItem(item);
  const components = isObj(doc.components) ? doc.components : {};
  for (const item of values(components.pathItems)) pathItem(item);
  for (const callback of values(components.callbacks)) for (const item of values(callback)) pathItem(item);
  for (const owner of [...values(components.requestBodies), ...values(components.parameters), ...values(components.headers)])
    content(owner);
  for (const response of values(components.responses)) withHeaders(response);
  return [...found];
}

const isObj = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);
const values = (value: unknown): unknown[] => (isObj(value) ? Object.values(value) : []);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
