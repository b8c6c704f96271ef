import type { Server } from 'node:http';
import { Webhook } from 'svix';
import { verifyingServer } from './read-body.js';

/**
 * A receiver on Svix's library, which speaks Standard Webhooks: `new Webhook(secret).verify(body,
 * headers)` takes svix-* or webhook-* headers and throws WebhookVerificationError (answered 401).
 */
export function svixReceiver(secret: string): Server {
  const webhook = new Webhook(secret);
  return verifyingServer((body, headers) => webhook.verify(body, headers));
}
