/**
 * PROVISIONAL: hand-written subsets of the component types, standing in for the generated types
 * (scripts/generated, issue #3) until they land; then this file only re-exports them.
 */
export interface SimpleCustomer {
  id: string;
  name?: string | null;
  email?: string | null;
  object: 'customer';
}
export type Discount =
  | { type: 'AMOUNT'; amount_off: number }
  | { type: 'UNIT'; unit_type: string; unit_off?: number }
  | { type: 'UNIT'; units: Array<{ unit_type: string }> }
  | { type: 'PERCENT'; percent_off: number }
  | { type: 'FIXED'; fixed_amount: number };
export interface LoyaltyCard {
  points: number;
  balance?: number;
}
export interface SimpleVoucher {
  id: string;
  code: string;
  discount?: Discount;
  loyalty_card?: LoyaltyCard;
}
export interface RewardRedemption {
  id: string;
  state: 'CREATED' | 'PENDING' | 'COMPLETED' | 'ROLLEDBACK';
  created_at: string;
}
export interface Reward {
  id: string;
  name: string;
  voucher?: SimpleVoucher;
}
export interface RewardAssignment {
  id: string;
  parameters?: { loyalty: { points: number } };
}
export interface Publication {
  id: string;
}
export interface CustomerRewardRedemptionsCompleted {
  customer: SimpleCustomer;
  voucher: SimpleVoucher;
  reward_redemption: RewardRedemption;
  reward: Reward;
  reward_assignment: RewardAssignment;
  publication?: Publication | null;
}
