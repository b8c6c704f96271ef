import type { OpenAPIV3_1 } from 'openapi-types';
import { resolveSignatureScheme, type SignatureScheme } from '../../runtime/signature-scheme.js';
import { InputError } from '../errors.js';
import { deref, type WebhookEvent } from './events.js';
import type { LoadedSpec } from './load.js';
import { getAt, parsePointer, toPointer } from './pointer.js';

export const SIGNATURE_EXTENSION = 'x-webhook-signature';
export const EVENT_TYPE_EXTENSION = 'x-webhook-event-type';
export const IDEMPOTENCY_EXTENSION = 'x-webhook-idempotency-key';

/** A credential the receiver checks, from OpenAPI `security` (or the signature extension). */
export type AuthRequirement =
  | { kind: 'hmac'; scheme: SignatureScheme }
  | { kind: 'basic'; name: string }
  | { kind: 'bearer'; name: string }
  | { kind: 'apiKey'; name: string; header: string };

/** What a spec declares about one webhook's deliveries, beyond the body. */
export interface WebhookDeclarations {
  /** Every credential a delivery carries (an empty list: none declared). */
  auth: AuthRequirement[];
  /** JSON pointer of the event type in the body, when the spec says where it is. */
  eventTypePointer?: string;
  /**
   * The request header naming the event (`x-webhook-event-type: { header: X-GitHub-Event }`), with
   * `eventTypePointer` then the body field that completes it (GitHub's `action`), when declared.
   */
  eventTypeHeader?: string;
  /** JSON pointer of the idempotency key in the body, when declared. */
  idempotencyKey?: string;
}

/**
 * Reads the declarations of one webhook: `x-webhook-signature` (on the operation, else at the document
 * root or under `components`), OpenAPI `security` (operation, else document: the first alternative
 * whose schemes are all http basic, http bearer or apiKey in a header), `x-webhook-event-type`
 * (`{ pointer: /type }`, `{ header: X-Event }`, `{ header, pointer }`, else a discriminator on the body schema) and `x-webhook-idempotency-key`
 * (a body pointer, on the operation or the document). A declaration that cannot be used is an
 * InputError naming its file:line and what to write instead.
 */
export function readDeclarations(spec: LoadedSpec, event: WebhookEvent): WebhookDeclarations {
  const doc = spec.document as OpenAPIV3_1.Document & Record<string, unknown>;
  const op = event.operation as Record<string, unknown>;
  const opPointer = event.pointer.slice(1);
  const where = (pointer: string) => {
    const { file, line, col } = spec.locate(pointer);
    return `${file}:${line}:${col} (${pointer})`;
  };
  const pick = (name: string): { value: unknown; pointer: string } | undefined => {
    if (op[name] !== undefined) return { value: op[name], pointer: `${opPointer}/${name}` };
    if (doc[name] !== undefined) return { value: doc[name], pointer: `/${name}` };
    const components = doc.components as Record<string, unknown> | undefined;
    if (components?.[name] !== undefined) return { value: components[name], pointer: `/components/${name}` };
    return undefined;
  };
  const auth: AuthRequirement[] = [];
  const signature = pick(SIGNATURE_EXTENSION);
  if (signature) {
    const result = resolveSignatureScheme(signature.value);
    if ('problem' in result) {
      throw new InputError(`${SIGNATURE_EXTENSION} ${result.problem.message}`, {
        where: where(`${signature.pointer}${result.problem.pointer}`),
        hint: 'see docs/authentication.md',
      });
    }
    auth.push({ kind: 'hmac', scheme: result.scheme });
  }
  auth.push(...readSecurity(spec, op.security !== undefined ? `${opPointer}/security` : '/security', where));
  const eventType = pick(EVENT_TYPE_EXTENSION);
  return {
    auth,
    eventTypePointer: readEventType(spec, event, eventType, where),
    eventTypeHeader: readEventTypeHeader(eventType, where),
    idempotencyKey: readPointerValue(pick(IDEMPOTENCY_EXTENSION), IDEMPOTENCY_EXTENSION, where),
  };
}

function readSecurity(spec: LoadedSpec, pointer: string, where: (p: string) => string): AuthRequirement[] {
  const security = getAt(spec.document, parsePointer(pointer));
  if (security === undefined) return [];
  if (!Array.isArray(security)) throw new InputError('security must be a list of requirements', { where: where(pointer) });
  if (security.length === 0) return [];
  const schemes = (spec.document.components?.securitySchemes ?? {}) as Record<string, unknown>;
  const reasons: string[] = [];
  for (const [index, requirement] of security.entries()) {
    if (requirement === null || typeof requirement !== 'object') continue;
    const names = Object.keys(requirement);
    if (names.length === 0) return []; // `{}`: no credentials is one of the alternatives
    const resolved = names.map((name) => toRequirement(name, deref<OpenAPIV3_1.SecuritySchemeObject>(spec.document, schemes[name])));
    const unsupported = resolved.find((r): r is string => typeof r === 'string');
    if (unsupported === undefined) return resolved as AuthRequirement[];
    reasons.push(`${toPointer([...parsePointer(pointer), index])}: ${unsupported}`);
  }
  throw new InputError(`no security requirement here can be sent: ${reasons.join('; ')}`, {
    where: where(pointer),
    hint: 'use an http basic or bearer scheme, or an apiKey in a header, or x-webhook-signature for an HMAC',
  });
}

function toRequirement(name: string, scheme: OpenAPIV3_1.SecuritySchemeObject | undefined): AuthRequirement | string {
  if (!scheme) return `"${name}" is not under components.securitySchemes`;
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') return { kind: 'basic', name };
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return { kind: 'bearer', name };
  if (scheme.type === 'apiKey' && scheme.in === 'header') return { kind: 'apiKey', name, header: scheme.name };
  const what = scheme.type === 'apiKey' ? `apiKey in ${scheme.in}` : scheme.type === 'http' ? `http ${scheme.scheme}` : scheme.type;
  return `"${name}" is ${what}, which a webhook sender cannot be checked with here`;
}

function readEventType(
  spec: LoadedSpec,
  event: WebhookEvent,
  declared: { value: unknown; pointer: string } | undefined,
  where: (p: string) => string,
): string | undefined {
  if (declared) {
    const value = declared.value as { pointer?: unknown; header?: unknown } | null;
    const pointer = value !== null && typeof value === 'object' ? value.pointer : undefined;
    if (pointer === undefined && value !== null && typeof value === 'object' && value.header !== undefined) return undefined;
    return readPointerValue(
      pointer === undefined ? { ...declared, value: undefined } : { value: pointer, pointer: `${declared.pointer}/pointer` },
      EVENT_TYPE_EXTENSION,
      where,
    );
  }
  const schema = event.body && deref<OpenAPIV3_1.SchemaObject>(spec.document, event.body.schema);
  const property = schema?.discriminator?.propertyName;
  return typeof property === 'string' ? toPointer([property]) : undefined;
}

function readPointerValue(
  declared: { value: unknown; pointer: string } | undefined,
  name: string,
  where: (p: string) => string,
): string | undefined {
  if (!declared) return undefined;
  if (typeof declared.value !== 'string' || !/^\/./.test(declared.value)) {
    throw new InputError(`${name} must name a JSON pointer into the body, such as "/id"`, { where: where(declared.pointer) });
  }
  return declared.value;
}

/**
 * The header of `x-webhook-event-type: { header: X-Event-Name }` (with or without a `pointer`). The
 * minimal reading verify-receiver needs; the one declaration reader of the event model replaces it.
 */
function readEventTypeHeader(declared: { value: unknown; pointer: string } | undefined, where: (p: string) => string): string | undefined {
  const value = declared?.value as { header?: unknown } | null | undefined;
  if (!declared || value === null || typeof value !== 'object' || value.header === undefined) return undefined;
  if (typeof value.header !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(value.header)) {
    throw new InputError(`${EVENT_TYPE_EXTENSION} header must be an HTTP header name, such as "X-Event-Name"`, {
      where: where(`${declared.pointer}/header`),
    });
  }
  return value.header;
}
