/** One ledger line: the points a reward redemption spent, and the card's position after it. */
export interface LedgerEntry {
  redemptionId: string;
  /** When the reward redemption was created (RFC 3339). */
  redeemedAt: string;
  customerId: string;
  loyaltyCardId: string;
  /** The reward's price in points; null when the event did not carry the assignment's parameters. */
  pointsSpent: number | null;
  /** The card's points and spendable balance after the redemption; null when the event did not carry them. */
  cardPoints: number | null;
  cardBalance: number | null;
}

/**
 * Where the ledger keeps its entries. `record` is idempotent by redemption id: it returns false, and
 * changes nothing, when the redemption is already recorded; a store that writes to disk returns a promise
 * that settles once the entry is committed. `MemoryLedgerStore` here (tests), `SqliteLedgerStore` in
 * sqlite-store.ts (the receiver's main).
 */
export interface LedgerStore {
  record(entry: LedgerEntry): boolean | Promise<boolean>;
  get(redemptionId: string): LedgerEntry | undefined;
  all(): LedgerEntry[];
}

export class MemoryLedgerStore implements LedgerStore {
  private readonly entries = new Map<string, LedgerEntry>();
  record(entry: LedgerEntry): boolean {
    if (this.entries.has(entry.redemptionId)) return false;
    this.entries.set(entry.redemptionId, { ...entry });
    return true;
  }
  get(redemptionId: string): LedgerEntry | undefined {
    return this.entries.get(redemptionId);
  }
  all(): LedgerEntry[] {
    return [...this.entries.values()];
  }
}
