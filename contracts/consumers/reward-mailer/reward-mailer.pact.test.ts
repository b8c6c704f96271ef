import { PactV4, v4AsynchronousBodyHandler } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { CONSUMERS, completedState, DESCRIPTIONS, PACT_DIR, PROVIDER } from '../../shared/interactions.js';
import { template } from '../../shared/template.js';
import { composeRewardMessage, createRewardMailer, type MailerEvent, MemoryOutbox } from './handler.js';
import { MAILER_MESSAGES } from './messages.js';

const pact = new PactV4({ consumer: CONSUMERS.rewardMailer, provider: PROVIDER, dir: PACT_DIR, logLevel: 'error' });

describe('reward-mailer consumes customer.reward_redemptions.completed', () => {
  it.each(MAILER_MESSAGES)('%s', async (variant, factory) => {
    const example = factory();
    const outbox = new MemoryOutbox();
    const mailer = createRewardMailer(outbox);
    await pact
      .addAsynchronousInteraction()
      .given(completedState(variant))
      .expectsToReceive(DESCRIPTIONS.rewardRedemptionCompleted, (builder) => {
        // Every field the mailer reads, by type (null only where null); the discount's kind exactly.
        builder.withJSONContent(template(example, { exact: ['reward.voucher.discount.type'] }));
      })
      .executeTest(v4AsynchronousBodyHandler(async (body) => mailer(body as unknown as MailerEvent)));
    expect(outbox.messages).toEqual([composeRewardMessage(example)]);
  });
});
