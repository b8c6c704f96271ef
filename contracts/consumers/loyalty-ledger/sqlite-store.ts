import Database from 'better-sqlite3';
import type { LedgerEntry, LedgerStore } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ledger_entries (
  reward_redemption_id TEXT PRIMARY KEY,
  redeemed_at TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  loyalty_card_id TEXT NOT NULL,
  points_spent INTEGER,
  card_points INTEGER,
  card_balance INTEGER
) STRICT`;

const COLUMNS = `reward_redemption_id AS redemptionId, redeemed_at AS redeemedAt, customer_id AS customerId,
  loyalty_card_id AS loyaltyCardId, points_spent AS pointsSpent, card_points AS cardPoints, card_balance AS cardBalance`;

/**
 * The ledger in a SQLite file (WAL mode). `record` is one `INSERT ... ON CONFLICT DO NOTHING` statement, a
 * transaction of its own: "record if new" is atomic, and when it returns the row is committed. With
 * `synchronous = FULL` the commit is on disk, so a 2xx answered after it survives a crash of the process
 * or of the machine. `:memory:` gives a private in-memory database.
 */
export class SqliteLedgerStore implements LedgerStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<LedgerEntry>;
  private readonly selectOne: Database.Statement<[string], LedgerEntry>;
  private readonly selectAll: Database.Statement<[], LedgerEntry>;
  private readonly countAll: Database.Statement<[], { n: number }>;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.insert = this.db.prepare(
      `INSERT INTO ledger_entries VALUES (@redemptionId, @redeemedAt, @customerId, @loyaltyCardId, @pointsSpent, @cardPoints, @cardBalance)
       ON CONFLICT (reward_redemption_id) DO NOTHING`,
    );
    this.selectOne = this.db.prepare(`SELECT ${COLUMNS} FROM ledger_entries WHERE reward_redemption_id = ?`);
    this.selectAll = this.db.prepare(`SELECT ${COLUMNS} FROM ledger_entries ORDER BY rowid`);
    this.countAll = this.db.prepare('SELECT count(*) AS n FROM ledger_entries');
  }

  record(entry: LedgerEntry): boolean {
    return this.insert.run(entry).changes === 1;
  }

  get(redemptionId: string): LedgerEntry | undefined {
    return this.selectOne.get(redemptionId);
  }

  all(): LedgerEntry[] {
    return this.selectAll.all();
  }

  count(): number {
    return this.countAll.get()?.n ?? 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
