import type { Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { verifyingServer } from './read-body.js';

/**
 * A receiver on the Standard Webhooks reference library: `new Webhook(secret).verify(body, headers)`
 * checks webhook-id, webhook-timestamp (5 minutes' tolerance) and webhook-signature, and throws
 * WebhookVerificationError otherwise (answered 401). The secret must be `whsec_` + base64.
 */
export function standardWebhooksReceiver(secret: string): Server {
  const webhook = new Webhook(secret);
  return verifyingServer((body, headers) => webhook.verify(body, headers));
}
