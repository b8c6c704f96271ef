/**
 * Checked by `tsc -p .` (and by webhooks.test.ts): the generated types accept the documented shapes
 * and refuse the usual mistakes. Each `@ts-expect-error` fails the type check when the error it
 * expects stops happening, so a spec change that loosens these types breaks the build.
 */
import type {
  CustomerRewardRedemptionsCompleted,
  CustomerRewardRedemptionsCreated,
  EventType,
  RewardRedemption,
  Voucher,
  WebhookPayloads,
} from '../../scripts/index.js';

declare const completed: CustomerRewardRedemptionsCompleted;

export const eventMap: WebhookPayloads['customer.reward_redemptions.created'] = {} as CustomerRewardRedemptionsCreated;
export const type: EventType = 'customer.reward_redemptions.pending';
export const nullablePublication: CustomerRewardRedemptionsCompleted = { ...completed, publication: null, source: null, balance: null };

const { customer: _customer, ...withoutCustomer } = completed;
// @ts-expect-error a required field (`customer`) is missing
export const missingRequired: CustomerRewardRedemptionsCompleted = withoutCustomer;

// @ts-expect-error `state` is an enum: CREATED | PENDING | COMPLETED | ROLLEDBACK
export const wrongEnum: RewardRedemption = { ...completed.reward_redemption, state: 'DONE' };

// @ts-expect-error `id` is documented as a string
export const numberForString: RewardRedemption = { ...completed.reward_redemption, id: 42 };

// @ts-expect-error not an event type of the spec
export const unknownType: EventType = 'customer.created';
