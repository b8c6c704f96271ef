/**
 * The one place that names who talks to whom about what: consumer pact tests write these names into the
 * pacts; `webhook-contracts verify` reads them back to produce each message. A state is
 * `<event type>: <variant>`, the variant being one `verify` generates from the spec. These services stand
 * for consumers in other repositories, so they spell that convention out rather than import the toolkit's
 * scripts/ (test/consumers/interactions.test.ts checks that the two agree).
 */
export const PROVIDER = 'voucherify-webhooks';

export const CONSUMERS = {
  rewardMailer: 'reward-mailer',
  loyaltyLedger: 'loyalty-ledger',
} as const;

export const EVENTS = {
  completed: 'customer.reward_redemptions.completed',
} as const;

export const DESCRIPTIONS = {
  rewardRedemptionCompleted: 'a completed reward redemption',
} as const;

/** Variants the consumers declare an interaction for, by the name `verify` gives them. */
export const VARIANTS = {
  documented: 'documented example',
  emailFilled: 'customer.email is filled',
  emailAbsent: 'customer.email is absent',
  nameNull: 'customer.name is null',
  nameAbsent: 'customer.name is absent',
  rewardVoucherAbsent: 'reward.voucher is absent',
  discountAbsent: 'reward.voucher.discount is absent',
  discountAmount: 'reward.voucher.discount is a DiscountAmount',
  discountUnit: 'reward.voucher.discount is a DiscountUnit',
  discountUnitMultiple: 'reward.voucher.discount is a DiscountUnitMultiple',
  discountFixed: 'reward.voucher.discount is a DiscountFixed',
  publicationNull: 'publication is null',
  publicationAbsent: 'publication is absent',
  parametersAbsent: 'reward_assignment.parameters is absent',
  loyaltyCardAbsent: 'voucher.loyalty_card is absent',
  loyaltyCardBalanceAbsent: 'voucher.loyalty_card.balance is absent',
} as const;

export type VariantName = (typeof VARIANTS)[keyof typeof VARIANTS];

export function completedState(variant: VariantName): string {
  return `${EVENTS.completed}: ${variant}`;
}

/** Where consumer tests write pacts and `verify` reads them by default. */
export const PACT_DIR = 'contracts/pacts';
