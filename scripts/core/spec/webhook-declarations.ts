import type { OpenAPIV3_1 } from 'openapi-types';
import { childPointer, getAt, parsePointer, toPointer } from '../../runtime/internal/json-pointer.js';
import type { SignatureScheme } from '../../runtime/signature-scheme.js';
import { InputError } from '../errors.js';
import { type EventDeclarations, isProblem, type Problem, readEventDeclarations } from './declaration-reader.js';
import { deref, type WebhookEvent } from './events.js';
import type { LoadedSpec } from './load.js';
import { SIGNATURE_EXTENSION } from './webhook-extensions.js';

export {
  type Declared,
  type EventDeclarations,
  type EventTypeDeclaration,
  findDeclaration,
  readEventDeclarations,
  type SignatureDeclaration,
} from './declaration-reader.js';
export { EVENT_TYPE_EXTENSION, IDEMPOTENCY_EXTENSION, KEY_FIELDS_EXTENSION, SIGNATURE_EXTENSION, UNSIGNED } from './webhook-extensions.js';

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
  /** True when the signature declaration says `none`: unsigned on purpose (absent: not declared either way). */
  unsigned?: true;
  /** JSON pointer of the event type in the body, when the spec says where it is (and no header carries it). */
  eventTypePointer?: string;
  /** The header naming the event, and the body field completing it (`/action`), when the spec says so. */
  eventTypeHeader?: { header: string; pointer?: string };
  /** JSON pointer of the idempotency key in the body, when declared. */
  idempotencyKey?: string;
}

/**
 * Reads the declarations of one webhook, through the one reader (declaration-reader.ts: operation, else
 * document root, else `components`): the signature scheme (or `none`), OpenAPI `security` (operation, else
 * document: the first alternative whose schemes are all http basic, http bearer or apiKey in a header), the
 * event type (a body pointer, a header, or else a discriminator on the body schema) and the idempotency key.
 * A declaration that cannot be used is an InputError naming its file:line and what to write instead.
 */
export function readDeclarations(spec: LoadedSpec, event: WebhookEvent): WebhookDeclarations {
  const op = event.operation as Record<string, unknown>;
  const opPointer = event.pointer.slice(1);
  const where = (pointer: string) => {
    const { file, line, col } = spec.locate(pointer);
    return `${file}:${line}:${col} (${pointer})`;
  };
  const read = readEventDeclarations(spec.document, op, opPointer);
  assertUsable(read, where);
  const { signature, eventType, idempotencyKey } = read as { [K in keyof EventDeclarations]: Exclude<EventDeclarations[K], Problem> };
  const auth: AuthRequirement[] = [];
  if (signature && !signature.unsigned) auth.push({ kind: 'hmac', scheme: signature.scheme });
  auth.push(...readSecurity(spec, op.security !== undefined ? `${opPointer}/security` : '/security', where));
  const header = eventType?.header;
  return {
    auth,
    ...(signature?.unsigned ? { unsigned: true as const } : {}),
    eventTypePointer: eventType ? (header === undefined ? eventType.pointer : undefined) : discriminatorPointer(spec, event),
    ...(header === undefined ? {} : { eventTypeHeader: { header, ...(eventType?.pointer ? { pointer: eventType.pointer } : {}) } }),
    idempotencyKey: idempotencyKey?.pointer,
  };
}

/** The first unusable declaration (key fields aside: only the docs read them, leniently), as an InputError. */
function assertUsable(read: EventDeclarations, where: (pointer: string) => string): void {
  for (const one of [read.signature, read.eventType, read.idempotencyKey]) {
    if (!isProblem(one)) continue;
    const { pointer, message, hint } = one.problem;
    throw new InputError(message, { where: where(pointer), ...(hint ? { hint } : {}) });
  }
}

/** A discriminator on the body schema names the event type's field when no declaration does. */
export function discriminatorPointer(spec: { document: unknown }, event: WebhookEvent): string | undefined {
  const schema = event.body && deref<OpenAPIV3_1.SchemaObject>(spec.document, event.body.schema);
  const property = schema?.discriminator?.propertyName;
  return typeof property === 'string' ? toPointer([property]) : undefined;
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
    hint: `use an http basic or bearer scheme, or an apiKey in a header, or ${SIGNATURE_EXTENSION} for an HMAC`,
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

/** The events that are unsigned only because nothing is declared, in a spec where other events are signed. */
export function implicitlyUnsigned(declared: ReadonlyArray<readonly [string, WebhookDeclarations]>): string[] {
  const signed = declared.some(([, d]) => d.auth.some((a) => a.kind === 'hmac'));
  if (!signed) return [];
  return declared.filter(([, d]) => !d.unsigned && !d.auth.some((a) => a.kind === 'hmac')).map(([type]) => type);
}
