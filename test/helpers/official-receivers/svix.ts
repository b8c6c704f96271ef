import type { Server } from 'node:http';
import { Webhook } from 'svix';
import { rawBodyServer } from './read-body.js';

/**
 * A receiver on Svix's library, which speaks Standard Webhooks: `new Webhook(secret).verify(body,
 * headers)` takes svix-* or webhook-* headers and throws WebhookVerificationError (answered 401).
 */
export function svixReceiver(secret: string): Server {
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
