import { PactV4, v4AsynchronousBodyHandler } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { CONSUMERS, completedState, DESCRIPTIONS, PACT_DIR, PROVIDER } from '../../shared/interactions.js';
import { template } from '../../shared/template.js';
import { createLoyaltyLedger, type LedgerEvent, toLedgerEntry } from './handler.js';
import { DATE_TIME, LEDGER_MESSAGES } from './messages.js';
import { MemoryLedgerStore } from './store.js';

const pact = new PactV4({ consumer: CONSUMERS.loyaltyLedger, provider: PROVIDER, dir: PACT_DIR, logLevel: 'error' });

describe('loyalty-ledger consumes customer.reward_redemptions.completed', () => {
  it.each(LEDGER_MESSAGES)('%s', async (variant, factory) => {
    const example = factory();
    const store = new MemoryLedgerStore();
    const ledger = createLoyaltyLedger(store);
    await pact
      .addAsynchronousInteraction()
      .given(completedState(variant))
      .expectsToReceive(DESCRIPTIONS.rewardRedemptionCompleted, (builder) => {
        builder.withJSONContent(template(example, { regex: { 'reward_redemption.created_at': DATE_TIME } }));
      })
      .executeTest(v4AsynchronousBodyHandler(async (body) => ledger(body as unknown as LedgerEvent)));
    expect(store.all()).toEqual([toLedgerEntry(example)]);
  });
});
