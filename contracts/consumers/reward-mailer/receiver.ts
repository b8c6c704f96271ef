import type { Server } from 'node:http';
import { EVENTS } from '../../shared/interactions.js';
import { createWebhookReceiver } from '../../shared/webhook-receiver.js';
import { createRewardMailer, MemoryOutbox, type Outbox } from './handler.js';

/** The reward mailer's HTTP endpoint, subscribed to `customer.reward_redemptions.completed`. */
export function createRewardMailerReceiver(secret: string, outbox: Outbox = new MemoryOutbox()): Server {
  return createWebhookReceiver({ secret, eventType: EVENTS.completed, handle: createRewardMailer(outbox) });
}
