import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteLedgerStore } from '../../contracts/consumers/loyalty-ledger/sqlite-store.js';
import type { LedgerEntry } from '../../contracts/consumers/loyalty-ledger/store.js';

const dir = mkdtempSync(join(tmpdir(), 'ledger-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (redemptionId: string, pointsSpent: number | null = 100): LedgerEntry => ({
  redemptionId,
  redeemedAt: '2024-05-13T12:26:06.250Z',
  customerId: 'cust_1',
  loyaltyCardId: 'v_1',
  pointsSpent,
  cardPoints: pointsSpent === null ? null : 270,
  cardBalance: null,
});

describe('SqliteLedgerStore', () => {
  it('records a redemption once: the second record of the same id changes nothing and says so', async () => {
    const store = new SqliteLedgerStore(':memory:');
    expect(await store.record(entry('rewr_1'))).toBe(true);
    expect(await store.record(entry('rewr_1', 5))).toBe(false);
    expect(await store.record(entry('rewr_2', null))).toBe(true);
    expect(store.all()).toEqual([entry('rewr_1'), entry('rewr_2', null)]);
    expect(store.get('rewr_1')).toEqual(entry('rewr_1'));
    expect(store.get('rewr_3')).toBeUndefined();
    expect(store.count()).toBe(2);
    store.close();
  });

  it('records the same redemption once when it arrives twice in one group (one transaction)', async () => {
    const store = new SqliteLedgerStore(':memory:');
    const outcomes = await Promise.all([store.record(entry('rewr_1')), store.record(entry('rewr_2')), store.record(entry('rewr_1', 5))]);
    expect(outcomes).toEqual([true, true, false]);
    expect(store.all()).toEqual([entry('rewr_1'), entry('rewr_2')]);
    store.close();
  });

  it('keeps what it recorded across a reopen of the same file, and still deduplicates', async () => {
    const path = join(dir, 'reopen.sqlite');
    const first = new SqliteLedgerStore(path);
    await first.record(entry('rewr_1'));
    first.close();
    const second = new SqliteLedgerStore(path);
    expect(await second.record(entry('rewr_1'))).toBe(false);
    expect(second.all()).toEqual([entry('rewr_1')]);
    second.close();
  });

  it('has committed a row when record settles, though the database is never closed (WAL not checkpointed)', async () => {
    const path = join(dir, 'unclosed.sqlite');
    await new SqliteLedgerStore(path).record(entry('rewr_1'));
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT reward_redemption_id FROM ledger_entries').pluck().all()).toEqual(['rewr_1']);
    reader.close();
  });

  it('writes in WAL mode, and the id is the primary key', () => {
    const path = join(dir, 'pragmas.sqlite');
    new SqliteLedgerStore(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const pk = db.prepare("SELECT name FROM pragma_table_info('ledger_entries') WHERE pk = 1").pluck().all();
    expect(pk).toEqual(['reward_redemption_id']);
    db.close();
  });

  it('a group whose transaction fails is retried one entry at a time: only the refused entry fails', async () => {
    const store = new SqliteLedgerStore(':memory:');
    const bad = { ...entry('rewr_2'), customerId: null } as unknown as LedgerEntry;
    const outcomes = await Promise.allSettled([store.record(entry('rewr_1')), store.record(bad)]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as Error).message : o.value))).toEqual([
      true,
      'NOT NULL constraint failed: ledger_entries.customer_id',
    ]);
    expect(store.count()).toBe(1);
    store.close();
  });

  it('refuses a path whose folder does not exist', () => {
    expect(() => new SqliteLedgerStore(join(dir, 'missing', 'ledger.sqlite'))).toThrow(/directory does not exist/);
  });
});

describe('SqliteLedgerStore against hostile but valid input (issue 24, item 6)', () => {
  it('stores 1e19 points losslessly (beyond 64-bit integers), beside ordinary integers', async () => {
    const store = new SqliteLedgerStore(':memory:');
    const big = { ...entry('rewr_big'), cardPoints: 1e19, pointsSpent: Number.MAX_SAFE_INTEGER, cardBalance: 2.5 };
    expect(await store.record(big)).toBe(true);
    expect(await store.record(entry('rewr_small'))).toBe(true);
    expect(store.get('rewr_big')).toEqual(big);
    expect(store.get('rewr_small')).toEqual(entry('rewr_small'));
    store.close();
  });

  it('a refused entry fails alone: the other 299 of its group commit are recorded', async () => {
    const store = new SqliteLedgerStore(':memory:');
    const entries = Array.from({ length: 300 }, (_, i) => entry(`rewr_${i}`));
    const bad = { ...entry('rewr_bad'), customerId: null as unknown as string }; // NOT NULL refuses it
    const outcomes = await Promise.allSettled([...entries.slice(0, 150), bad, ...entries.slice(150)].map((e) => store.record(e)));
    const rejected = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [[i, String(o.reason)]] : []));
    expect(rejected).toEqual([[150, 'SqliteError: NOT NULL constraint failed: ledger_entries.customer_id']]);
    expect(store.count()).toBe(300);
    store.close();
  });

  it('creates its database file (and the WAL beside it) readable by its owner only', async () => {
    const path = join(dir, 'private.sqlite');
    const store = new SqliteLedgerStore(path);
    await store.record(entry('rewr_1'));
    expect((statSync(path).mode & 0o777).toString(8)).toBe('600');
    expect((statSync(`${path}-wal`).mode & 0o777).toString(8)).toBe('600');
    store.close();
  });
});
