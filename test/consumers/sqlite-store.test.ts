import { mkdtempSync, rmSync } from 'node:fs';
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
  it('records a redemption once: the second record of the same id changes nothing and says so', () => {
    const store = new SqliteLedgerStore(':memory:');
    expect(store.record(entry('rewr_1'))).toBe(true);
    expect(store.record(entry('rewr_1', 5))).toBe(false);
    expect(store.record(entry('rewr_2', null))).toBe(true);
    expect(store.all()).toEqual([entry('rewr_1'), entry('rewr_2', null)]);
    expect(store.get('rewr_1')).toEqual(entry('rewr_1'));
    expect(store.get('rewr_3')).toBeUndefined();
    expect(store.count()).toBe(2);
    store.close();
  });

  it('keeps what it recorded across a reopen of the same file, and still deduplicates', () => {
    const path = join(dir, 'reopen.sqlite');
    const first = new SqliteLedgerStore(path);
    first.record(entry('rewr_1'));
    first.close();
    const second = new SqliteLedgerStore(path);
    expect(second.record(entry('rewr_1'))).toBe(false);
    expect(second.all()).toEqual([entry('rewr_1')]);
    second.close();
  });

  it('keeps a committed row when the process never closes the database (WAL not checkpointed)', () => {
    const path = join(dir, 'unclosed.sqlite');
    new SqliteLedgerStore(path).record(entry('rewr_1'));
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

  it('refuses a path whose folder does not exist', () => {
    expect(() => new SqliteLedgerStore(join(dir, 'missing', 'ledger.sqlite'))).toThrow(/directory does not exist/);
  });
});
