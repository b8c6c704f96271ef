import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { InputError, UsageError } from '../../core/errors.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { readDeclarations } from '../../core/spec/webhook-declarations.js';
import { compileEventValidators, toProblems } from '../../core/validate/ajv.js';
import { deliveryAuth, type GivenCredentials } from './delivery-auth.js';
import { declaredHeaders } from './delivery-headers.js';
import { generatedPayloads } from './generated-payloads.js';
import { sendRequests, variantRequests } from './send-variants.js';
import type { Variant } from './variants.js';

export interface SendOne {
  url: string;
  event: string;
  /** An example of the event by name; default: its first example, else one generated from its schema. */
  example?: string;
  /** A JSON file holding the body to send instead (validated first). */
  payload?: string;
  credentials: GivenCredentials;
  env: Readonly<Record<string, string | undefined>>;
  headers: ReadonlyArray<[string, string]>;
  timeoutMs: number;
  runId: string;
}

export interface SentOne {
  /** What was sent: the example's name, `generated …`, or the file. */
  payload: string;
  status: number | null;
  body: string;
}

/**
 * One delivery of one event, signed and with the headers the spec declares, as verify-receiver sends
 * them (the same code): for the inner loop, like `stripe trigger`. An unknown event or example, or a
 * --payload file that is unreadable, not JSON or invalid for the event: a UsageError/InputError.
 */
export async function sendOne(spec: LoadedSpec, options: SendOne): Promise<SentOne> {
  const event = spec.events.find((e) => e.type === options.event);
  if (!event)
    throw new UsageError(`unknown event "${options.event}" (known: ${spec.events.map((e) => e.type).join(', ')})`, { where: '--event' });
  const declarations = readDeclarations(spec, event);
  const auth = deliveryAuth(new Map([[event.type, declarations.auth]]), options.credentials, options.env, options.runId);
  const validate = compileEventValidators(spec, [event.type]).get(event.type);
  const variant = pick(spec, options, event.body?.examples ?? [], validate ? new Map([[event.type, validate]]) : new Map());
  if (options.payload !== undefined && validate && !validate(variant.payload)) {
    const first = toProblems(validate.errors)[0];
    throw new InputError(`not a valid ${event.type} payload: ${first ? `${first.pointer || '/'} ${first.message}` : 'rejected'}`, {
      where: options.payload,
    });
  }
  const headers = declaredHeaders(spec.document, event, declarations, options.runId);
  const [request] = variantRequests([variant], {
    timeoutMs: options.timeoutMs,
    auth,
    idempotencyKey: declarations.idempotencyKey,
    headers: (_type, n, payload) => headers(n, payload),
    extraHeaders: options.headers,
  });
  const [answer] = await sendRequests(options.url, request ? [request] : [], options.timeoutMs);
  return { payload: variant.name, status: answer?.status ?? null, body: answer?.body ?? '' };
}

function pick(
  spec: LoadedSpec,
  options: SendOne,
  examples: ReadonlyArray<{ name: string; value: unknown }>,
  validators: Map<string, ValidateFunction>,
): Variant {
  const make = (name: string, payload: unknown): Variant => ({
    eventType: options.event,
    name,
    example: name,
    change: 'example',
    path: [],
    payload,
  });
  if (options.payload !== undefined) {
    let text: string;
    try {
      text = readFileSync(options.payload, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { where: options.payload });
    }
    try {
      return make(options.payload, JSON.parse(text));
    } catch (error) {
      throw new InputError(`not JSON: ${(error as Error).message}`, { where: options.payload });
    }
  }
  if (options.example !== undefined) {
    const example = examples.find((e) => e.name === options.example);
    if (!example) {
      throw new UsageError(
        `${options.event} has no example "${options.example}" (it has: ${examples.map((e) => e.name).join(', ') || 'none'})`,
        {
          where: '--example',
        },
      );
    }
    return make(`example "${example.name}"`, example.value);
  }
  if (examples[0]) return make(`example "${examples[0].name}"`, examples[0].value);
  const generated = generatedPayloads(spec, validators, new Set([options.event]))[0]?.variants[0];
  if (!generated)
    throw new InputError(`${options.event} has no example and no valid payload can be generated from its schema`, { where: '--event' });
  return generated;
}
