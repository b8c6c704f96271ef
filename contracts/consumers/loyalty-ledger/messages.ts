import { VARIANTS, type VariantName } from '../../shared/interactions.js';
import type { LedgerEvent } from './handler.js';

/** RFC 3339 date-time, as the spec's `format: date-time` allows it. */
export const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';

/** The documented example, as far as the ledger reads it. */
export function documentedLedgerEvent(): LedgerEvent {
  return {
    customer: { id: 'cust_2myfc5acSBgoMV72R5tyTBc8' },
    voucher: { id: 'v_p7NP2qmQaMXsNHzb9ujPVjqgDJzJ2ccQ', loyalty_card: { points: 270, balance: 70 } },
    reward_redemption: { id: 'rewr_N5xhKgV5tJBmJxrtb5YB7V3q', created_at: '2024-05-13T12:26:06.250Z' },
    reward_assignment: { parameters: { loyalty: { points: 100 } } },
  };
}

/** One payload factory per variant the ledger declares an interaction for. */
export const LEDGER_MESSAGES: Array<[VariantName, () => LedgerEvent]> = [
  [VARIANTS.documented, documentedLedgerEvent],
  [VARIANTS.parametersAbsent, () => ({ ...documentedLedgerEvent(), reward_assignment: {} })],
  [VARIANTS.loyaltyCardAbsent, () => ({ ...documentedLedgerEvent(), voucher: { id: 'v_p7NP2qmQaMXsNHzb9ujPVjqgDJzJ2ccQ' } })],
  [
    VARIANTS.loyaltyCardBalanceAbsent,
    () => ({ ...documentedLedgerEvent(), voucher: { id: 'v_p7NP2qmQaMXsNHzb9ujPVjqgDJzJ2ccQ', loyalty_card: { points: 270 } } }),
  ],
];
