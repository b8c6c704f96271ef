import { escapeSegment } from '../../runtime/internal/json-pointer.js';
import { resolveSignatureScheme, SIGNATURE_PRESETS, type SignatureScheme } from '../../runtime/signature-scheme.js';
import {
  DECLARATION_LEVELS,
  type DeclarationLevel,
  EVENT_TYPE_EXTENSION,
  IDEMPOTENCY_EXTENSION,
  KEY_FIELDS_EXTENSION,
  SIGNATURE_EXTENSION,
  UNSIGNED,
  type WebhookExtension,
} from './webhook-extensions.js';

type Obj = Record<string, unknown>;

/** A declaration as written: its value, its JSON pointer in the bundled document (no `#`), and the level it came from. */
export interface Declared {
  name: WebhookExtension;
  value: unknown;
  pointer: string;
  level: DeclarationLevel;
}

/** A declaration that cannot be used: `pointer` is the exact node (in the bundled document), `message` what is wrong. */
export interface DeclarationProblem {
  pointer: string;
  message: string;
  hint?: string;
}

/** One read declaration: what it says, or the first thing wrong with it. */
export type Read<T> = { declared: Declared; problem?: undefined } & T;
export type Problem = { declared: Declared; problem: DeclarationProblem };

export type SignatureDeclaration = Read<{ unsigned: true; scheme?: undefined } | { unsigned: false; scheme: SignatureScheme }>;

/**
 * Where the event type is: a body field (`/type`, `{ pointer: /type }`, or a discriminator when nothing is
 * declared), a header (`{ header: X-Event-Name }`, with `pointer` naming a body field that completes it, such
 * as GitHub's `/action`), or the type itself (a string that is not a pointer).
 */
export type EventTypeDeclaration =
  | Read<{ header?: undefined; pointer: string; value?: undefined }>
  | Read<{ header: string; pointer?: string; value?: undefined }>
  | Read<{ header?: undefined; pointer?: undefined; value: string }>;

export type PointerDeclaration = Read<{ pointer: string }>;
/** `x-webhook-key-fields`: role name → body pointers (values that are not pointers are left out). */
export type KeyFieldsDeclaration = Read<{ roles: Array<[string, string[]]> }>;

/** Every `x-webhook-*` declaration that applies to one webhook operation, each read once (never throws). */
export interface EventDeclarations {
  signature: SignatureDeclaration | Problem | undefined;
  eventType: EventTypeDeclaration | Problem | undefined;
  idempotencyKey: PointerDeclaration | Problem | undefined;
  keyFields: KeyFieldsDeclaration | Problem | undefined;
}

/**
 * The one lookup of a declaration: on the operation, else at the document root, else under `components`.
 * `operationPointer` is the operation's JSON pointer in `document` (`/webhooks/x/post`, `#` optional).
 */
export function findDeclaration(
  document: unknown,
  operation: unknown,
  operationPointer: string,
  name: WebhookExtension,
): Declared | undefined {
  const op = operationPointer.replace(/^#/, '');
  const components = own(document, 'components');
  const places: Record<DeclarationLevel, [unknown, string]> = {
    operation: [operation, `${op}/${name}`],
    document: [document, `/${name}`],
    components: [components, `/components/${name}`],
  };
  for (const level of DECLARATION_LEVELS) {
    const [node, pointer] = places[level];
    const value = own(node, name);
    if (value !== undefined) return { name, value, pointer, level };
  }
  return undefined;
}

/** Reads the four declarations of one operation. */
export function readEventDeclarations(document: unknown, operation: unknown, operationPointer: string): EventDeclarations {
  const find = (name: WebhookExtension) => findDeclaration(document, operation, operationPointer, name);
  return {
    signature: readSignature(find(SIGNATURE_EXTENSION)),
    eventType: readEventType(find(EVENT_TYPE_EXTENSION)),
    idempotencyKey: readPointer(find(IDEMPOTENCY_EXTENSION)),
    keyFields: readKeyFields(find(KEY_FIELDS_EXTENSION)),
  };
}

export function readSignature(declared: Declared | undefined): SignatureDeclaration | Problem | undefined {
  if (!declared) return undefined;
  if (declared.value === UNSIGNED) return { declared, unsigned: true };
  const result = resolveSignatureScheme(declared.value);
  if ('scheme' in result) return { declared, unsigned: false, scheme: result.scheme };
  // A string is a preset's name: say every word it may be, `none` included.
  const message = typeof declared.value === 'string' ? `must be one of ${SIGNATURE_WORDS.join(', ')}` : result.problem.message;
  return problem(declared, result.problem.pointer, `${SIGNATURE_EXTENSION} ${message}`, { hint: 'see docs/guides/authentication.md' });
}

export function readEventType(declared: Declared | undefined): EventTypeDeclaration | Problem | undefined {
  if (!declared) return undefined;
  const { value } = declared;
  if (typeof value === 'string') return isBodyPointer(value) ? { declared, pointer: value } : { declared, value };
  const shape = `${EVENT_TYPE_EXTENSION} must be a body pointer ("/type"), { pointer: /type }, { header: X-Event-Name } or { header: X-Event-Name, pointer: /action }`;
  if (!isObject(value)) return problem(declared, '', shape);
  const unknown = Object.keys(value).find((k) => k !== 'pointer' && k !== 'header');
  if (unknown !== undefined) return problem(declared, `/${escapeSegment(unknown)}`, `${shape}: unknown field "${unknown}"`);
  const { pointer, header } = value;
  if (pointer !== undefined && !isBodyPointer(pointer)) {
    return problem(declared, '/pointer', `${EVENT_TYPE_EXTENSION} pointer must name a JSON pointer into the body, such as "/type"`);
  }
  if (header !== undefined && !isHeaderName(header))
    return problem(declared, '/header', `${EVENT_TYPE_EXTENSION} header must be an HTTP header name`);
  if (typeof header === 'string') return { declared, header, ...(typeof pointer === 'string' ? { pointer } : {}) };
  if (typeof pointer === 'string') return { declared, pointer };
  return problem(declared, '', `${EVENT_TYPE_EXTENSION} must name a JSON pointer into the body, such as "/id"`);
}

export function readPointer(declared: Declared | undefined): PointerDeclaration | Problem | undefined {
  if (!declared) return undefined;
  if (isBodyPointer(declared.value)) return { declared, pointer: declared.value };
  return problem(declared, '', `${declared.name} must name a JSON pointer into the body, such as "/id"`);
}

export function readKeyFields(declared: Declared | undefined): KeyFieldsDeclaration | Problem | undefined {
  if (!declared) return undefined;
  if (!isObject(declared.value)) return problem(declared, '', `${KEY_FIELDS_EXTENSION} must map roles to body JSON pointers`);
  const roles = Object.entries(declared.value).map(
    ([role, v]) => [role, (Array.isArray(v) ? v : [v]).filter((p): p is string => typeof p === 'string')] as [string, string[]],
  );
  return { declared, roles };
}

export function isProblem<T extends { declared: Declared }>(read: T | Problem | undefined): read is Problem {
  return read !== undefined && (read as { problem?: unknown }).problem !== undefined;
}

/** The presets a signature declaration may name, and the unsigned word. */
export const SIGNATURE_WORDS: readonly string[] = [...Object.keys(SIGNATURE_PRESETS), UNSIGNED];

function problem(declared: Declared, relative: string, message: string, extra: { hint?: string } = {}): Problem {
  return { declared, problem: { pointer: `${declared.pointer}${relative}`, message, ...extra } };
}

function own(node: unknown, key: string): unknown {
  return isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isBodyPointer(value: unknown): value is string {
  return typeof value === 'string' && /^\/./.test(value);
}

function isHeaderName(value: unknown): value is string {
  return typeof value === 'string' && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(value);
}
