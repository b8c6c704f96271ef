import type { OpenAPIV3_1 } from 'openapi-types';
import { resolveSignatureScheme, type SignatureScheme } from '../../runtime/signature-scheme.js';
import { InputError } from '../errors.js';
import { deref, type WebhookEvent } from './events.js';
import type { LoadedSpec } from './load.js';
import { childPointer, getAt, parsePointer, toPointer } from './pointer.js';

export const SIGNATURE_EXTENSION = 'x-webhook-signature';
export const EVENT_TYPE_EXTENSION = 'x-webhook-event-type';
export const IDEMPOTENCY_EXTENSION = 'x-webhook-idempotency-key';
/** `x-webhook-signature: none`: this event is deliberately not signed (required where other events are). */
export const UNSIGNED = 'none';

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
  /** True when the spec says explicitly that this event is not signed (`x-webhook-signature: none`). */
  unsigned?: boolean;
  /**
   * The header carrying the event type (`x-webhook-event-type: { header: X-Event-Name }`). With a
   * `eventTypePointer` too, the event type is the header's value and the body's value joined with "."
   * or "-" (`issues` + `opened`: `issues.opened` or `issues-opened`, whichever the spec documents).
   */
  eventTypeHeader?: string;
  /** JSON pointer of the event type in the body (or of its action, with `eventTypeHeader`), when the spec says where it is. */
  eventTypePointer?: string;
  /** JSON pointer of the idempotency key in the body, when declared. */
  idempotencyKey?: string;
}

/**
 * Reads the declarations of one webhook: `x-webhook-signature` (on the operation, else at the document
 * root or under `components`; `none` declares an unsigned event), OpenAPI `security` (operation, else document: the first alternative
 * whose schemes are all http basic, http bearer or apiKey in a header), `x-webhook-event-type`
 * (`{ pointer: /type }`, `{ header: X-Event-Name }`, `{ header, pointer: /action }`, else a discriminator
 * on the body schema) and `x-webhook-idempotency-key`
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
  const unsigned = signature?.value === UNSIGNED;
  if (signature && !unsigned) {
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
  const eventType = readEventType(spec, event, pick(EVENT_TYPE_EXTENSION), where);
  const declarations: WebhookDeclarations = { auth, ...eventType };
  if (unsigned) declarations.unsigned = true;
  const idempotencyKey = readPointerValue(pick(IDEMPOTENCY_EXTENSION), IDEMPOTENCY_EXTENSION, where);
  if (idempotencyKey !== undefined) declarations.idempotencyKey = idempotencyKey;
  return declarations;
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
    reasons.push(`${childPointer(pointer, index)}: ${unsupported}`);
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
): { eventTypeHeader?: string; eventTypePointer?: string } {
  if (declared) {
    const value = declared.value as { pointer?: unknown; header?: unknown } | null;
    const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
    const found: { eventTypeHeader?: string; eventTypePointer?: string } = {};
    if (object.header !== undefined) {
      if (typeof object.header !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(object.header)) {
        throw new InputError(`${EVENT_TYPE_EXTENSION} header must be an HTTP header name, such as "X-Event-Name"`, {
          where: where(`${declared.pointer}/header`),
        });
      }
      found.eventTypeHeader = object.header;
    }
    if (object.pointer !== undefined || object.header === undefined) {
      const pointer = readPointerValue(
        object.pointer === undefined
          ? { ...declared, value: undefined }
          : { value: object.pointer, pointer: `${declared.pointer}/pointer` },
        EVENT_TYPE_EXTENSION,
        where,
      );
      if (pointer !== undefined) found.eventTypePointer = pointer;
    }
    return found;
  }
  const schema = event.body && deref<OpenAPIV3_1.SchemaObject>(spec.document, event.body.schema);
  const property = schema?.discriminator?.propertyName;
  return typeof property === 'string' ? { eventTypePointer: toPointer([property]) } : {};
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

/** The events that are unsigned only because nothing is declared, in a spec where other events are signed. */
export function implicitlyUnsigned(declared: ReadonlyArray<readonly [string, WebhookDeclarations]>): string[] {
  const signed = declared.some(([, d]) => d.auth.some((a) => a.kind === 'hmac'));
  if (!signed) return [];
  return declared.filter(([, d]) => !d.unsigned && !d.auth.some((a) => a.kind === 'hmac')).map(([type]) => type);
}
