import { closeSync, constants, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { TemporarilyUnavailableError } from '../../shared/receiver-limits.js';
import { groupCommit } from './group-commit.js';
import type { LedgerEntry, LedgerStore } from './store.js';

/** How long a write waits for another connection's lock before the delivery is answered 503. */
export const BUSY_TIMEOUT_MS = 50;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ledger_entries (
  reward_redemption_id TEXT PRIMARY KEY,
  redeemed_at TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  loyalty_card_id TEXT NOT NULL,
  points_spent ANY,
  card_points ANY,
  card_balance ANY
) STRICT`;

const COLUMNS = `reward_redemption_id AS redemptionId, redeemed_at AS redeemedAt, customer_id AS customerId,
  loyalty_card_id AS loyaltyCardId, points_spent AS pointsSpent, card_points AS cardPoints, card_balance AS cardBalance`;

/**
 * Creates the database file readable and writable by its owner only (0600) when it does not exist yet; SQLite
 * gives its `-wal` and `-shm` files the same mode. An existing file keeps its mode.
 */
function createPrivately(path: string): void {
  if (path === ':memory:' || path === '' || path.startsWith('file:')) return;
  try {
    closeSync(openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600));
  } catch {
    // EEXIST: an existing file keeps its mode; anything else (a missing folder) SQLite reports when it opens.
  }
}

/**
 * The ledger in a SQLite file (WAL mode), created 0600. Points and balances are stored as the numbers they are
 * (`ANY` columns): an integer as an integer, a number beyond SQLite's 64-bit integers (a valid `1e19`) as the
 * double JSON gave, so no valid delivery fails forever. Recording is one `INSERT ... ON CONFLICT DO NOTHING` statement per
 * entry: "record if new" is atomic, a second record of the same redemption changes nothing. `record`
 * settles once its transaction is committed and, with `synchronous = FULL`, on disk: a 2xx answered after
 * it survives a crash of the process or of the machine. Entries recorded in the same event-loop turn share
 * one transaction (group commit), so one fsync serves many deliveries. `:memory:` keeps nothing.
 */
export class SqliteLedgerStore implements LedgerStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<LedgerEntry>;
  private readonly selectOne: Database.Statement<[string], LedgerEntry>;
  private readonly selectAll: Database.Statement<[], LedgerEntry>;
  private readonly countAll: Database.Statement<[], { n: number }>;

  constructor(path: string) {
    createPrivately(path);
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // Short: better-sqlite3 waits synchronously, and every other request waits with it. A lock held longer
    // is a 503 with Retry-After (the sender retries), not a blocked event loop.
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.exec(SCHEMA);
    this.insert = this.db.prepare(
      `INSERT INTO ledger_entries VALUES (@redemptionId, @redeemedAt, @customerId, @loyaltyCardId, @pointsSpent, @cardPoints, @cardBalance)
       ON CONFLICT (reward_redemption_id) DO NOTHING`,
    );
    this.selectOne = this.db.prepare(`SELECT ${COLUMNS} FROM ledger_entries WHERE reward_redemption_id = ?`);
    this.selectAll = this.db.prepare(`SELECT ${COLUMNS} FROM ledger_entries ORDER BY rowid`);
    this.countAll = this.db.prepare('SELECT count(*) AS n FROM ledger_entries');
    const insertAll = this.db.transaction((entries: LedgerEntry[]) => entries.map((entry) => this.insert.run(entry).changes === 1));
    this.record = groupCommit(
      (entries: LedgerEntry[]) => {
        try {
          return insertAll(entries);
        } catch (error) {
          const code = (error as { code?: string }).code ?? '';
          if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
            throw new TemporarilyUnavailableError('the ledger database is busy', { cause: error });
          }
          throw error;
        }
      },
      // A refused entry fails alone; a busy database fails the group (503, the senders retry).
      { isolate: (error) => !(error instanceof TemporarilyUnavailableError) },
    );
  }

  /** Resolves true when the entry was new, false when its redemption was already recorded. */
  readonly record: (entry: LedgerEntry) => Promise<boolean>;

  get(redemptionId: string): LedgerEntry | undefined {
    return this.selectOne.get(redemptionId);
  }

  all(): LedgerEntry[] {
    return this.selectAll.all();
  }

  count(): number {
    return this.countAll.get()?.n ?? 0;
  }

  /** The busy timeout SQLite applies, in milliseconds (read back from the connection). */
  busyTimeoutMs(): number {
    return this.db.pragma('busy_timeout', { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
