import { DEFAULT_SCHEME } from '../../runtime/signature.js';
import type { SignatureScheme } from '../../runtime/signature-scheme.js';
import { unique } from './send-variants.js';
import type { Variant } from './variants.js';

export interface SenderPactOptions {
  /** The webhook sender, as the Pact consumer. */
  consumer: string;
  /** The receiver, as the Pact provider. */
  provider: string;
  path: string;
  /** JSON pointer of a string made unique per request, so an idempotent receiver processes every one. */
  idempotencyKey?: string;
  /** How the spec says deliveries are signed (default: Voucherify's scheme); `null`: the spec declares no signature. */
  scheme?: SignatureScheme | null;
}

/**
 * A V4 HTTP pact in which the webhook sender is the consumer: one `POST <path>` per documented payload,
 * expecting any 2xx answer. The signature headers the scheme names are placeholders (zeros of the right
 * shape): whoever verifies the pact against a running receiver re-signs each body with the receiver's
 * secret (a request filter).
 */
export function senderPact(variants: readonly Variant[], options: SenderPactOptions): object {
  const interactions = variants.map((variant, n) => ({
    type: 'Synchronous/HTTP',
    description: `${variant.eventType}: ${variant.name}`,
    pending: false,
    request: {
      method: 'POST',
      path: options.path,
      headers: {
        'Content-Type': ['application/json'],
        ...placeholderHeaders(options.scheme === undefined ? (DEFAULT_SCHEME ?? null) : options.scheme),
      },
      body: { content: unique(variant.payload, options.idempotencyKey, n), contentType: 'application/json', encoded: false },
    },
    response: {
      status: 202,
      matchingRules: { status: { $: { combine: 'AND', matchers: [{ match: 'statusCode', status: 'success' }] } } },
    },
  }));
  return {
    consumer: { name: options.consumer },
    provider: { name: options.provider },
    interactions,
    metadata: { pactSpecification: { version: '4.0' }, 'webhook-contracts': { generatedFrom: "the spec's documented payloads" } },
  };
}

/** Signature headers of the scheme's shape, all zeros: `X-Voucherify-Signature: 000…`, `webhook-signature: v1,AAA…=` … */
export function placeholderHeaders(scheme: SignatureScheme | null): Record<string, string[]> {
  if (scheme === null) return {};
  const size = scheme.algorithm === 'sha512' ? 64 : 32;
  const zeros = Buffer.alloc(size).toString(scheme.encoding);
  const stamp = scheme.timestampParam ? `${scheme.timestampParam}=0,` : '';
  const headers: Record<string, string[]> = { [scheme.header]: [`${stamp}${scheme.prefix}${zeros}`] };
  if (scheme.idHeader) headers[scheme.idHeader] = ['msg_0'];
  if (scheme.timestampHeader) headers[scheme.timestampHeader] = ['0'];
  return headers;
}
