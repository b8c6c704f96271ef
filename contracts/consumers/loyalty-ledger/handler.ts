import type { LoyaltyCard, RewardAssignment, RewardRedemption, SimpleCustomer, SimpleVoucher } from '../../shared/payload-types.js';
import type { LedgerEntry, LedgerStore } from './store.js';

/** The part of a `customer.reward_redemptions.completed` payload the ledger reads (its pact declares exactly this). */
export interface LedgerEvent {
  customer: Pick<SimpleCustomer, 'id'>;
  voucher: Pick<SimpleVoucher, 'id'> & { loyalty_card?: Pick<LoyaltyCard, 'points' | 'balance'> };
  reward_redemption: Pick<RewardRedemption, 'id' | 'created_at'>;
  reward_assignment: Pick<RewardAssignment, 'parameters'>;
}

export type HandleOutcome = 'processed' | 'duplicate';

export function toLedgerEntry(event: LedgerEvent): LedgerEntry {
  const card = event.voucher.loyalty_card;
  return {
    redemptionId: event.reward_redemption.id,
    redeemedAt: event.reward_redemption.created_at,
    customerId: event.customer.id,
    loyaltyCardId: event.voucher.id,
    pointsSpent: event.reward_assignment.parameters?.loyalty.points ?? null,
    cardPoints: card?.points ?? null,
    cardBalance: card?.balance ?? null,
  };
}

/** The ledger's event handler: records the points a completed reward redemption spent, once. */
export function createLoyaltyLedger(store: LedgerStore) {
  return async (event: LedgerEvent): Promise<HandleOutcome> => ((await store.record(toLedgerEntry(event))) ? 'processed' : 'duplicate');
}
