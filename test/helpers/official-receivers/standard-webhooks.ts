import type { Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { rawBodyServer } from './read-body.js';

/**
 * A receiver on the Standard Webhooks reference library: `new Webhook(secret).verify(body, headers)`
 * checks webhook-id, webhook-timestamp (5 minutes' tolerance) and webhook-signature, and throws
 * WebhookVerificationError otherwise (answered 401). The secret must be `whsec_` + base64.
 */
export function standardWebhooksReceiver(secret: string): Server {
  const webhook = new Webhook(secret);
  return rawBodyServer((body, headers) => {
    try {
      webhook.verify(body, headers as Record<string, string>);
    } catch (error) {
      return [401, `${(error as Error).name}: ${(error as Error).message}`];
    }
    return [204, ''];
  });
}
