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
}

/**
 * A V4 HTTP pact in which the webhook sender is the consumer: one `POST <path>` per documented payload,
 * expecting any 2xx answer. The signature header is a placeholder: whoever verifies the pact against a
 * running receiver re-signs each body with the receiver's secret (a request filter).
 */
export function senderPact(variants: readonly Variant[], options: SenderPactOptions): object {
  const interactions = variants.map((variant, n) => ({
    type: 'Synchronous/HTTP',
    description: `${variant.eventType}: ${variant.name}`,
    pending: false,
    request: {
      method: 'POST',
      path: options.path,
      headers: { 'Content-Type': ['application/json'], 'X-Voucherify-Signature': ['0'.repeat(64)] },
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
