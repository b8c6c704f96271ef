import type { Server } from 'node:http';
import { EVENTS } from '../../shared/interactions.js';
import { createWebhookReceiver } from '../../shared/webhook-receiver.js';
import { createLoyaltyLedger } from './handler.js';
import { type LedgerStore, MemoryLedgerStore } from './store.js';

/** The loyalty ledger's HTTP endpoint, subscribed to `customer.reward_redemptions.completed`. */
export function createLoyaltyLedgerReceiver(secret: string, store: LedgerStore = new MemoryLedgerStore()): Server {
  return createWebhookReceiver({ secret, eventType: EVENTS.completed, handle: createLoyaltyLedger(store) });
}
