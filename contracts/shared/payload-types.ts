/**
 * The payload types the example consumers are written against: the generated ones (`webhook-contracts types`),
 * through the generated consumer package (`npm run package`), so that a spec change that breaks a consumer breaks `tsc` first.
 */
export type {
  CustomerRewardRedemptionsCompleted,
  Discount,
  LoyaltyCard,
  Publication,
  Reward,
  RewardAssignment,
  RewardRedemption,
  SimpleCustomer,
  SimpleVoucher,
} from 'voucherify-webhooks';
