import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completedExample, eventBody, tally } from '../helpers/ledger-load.js';
import { deliverThroughRestart, type RestartRun } from '../helpers/ledger-restart.js';
import { SECRET } from '../helpers/receivers.js';

const TOTAL = Number(process.env.LEDGER_FAULT_DELIVERIES ?? 1500);
const CONCURRENCY = 50;
/** The receiver is killed once this many deliveries have got through. */
const KILL_AFTER = Math.floor(TOTAL / 3);

const dir = mkdtempSync(join(tmpdir(), 'ledger-fault-'));
const db = join(dir, 'ledger.sqlite');
const ids = Array.from({ length: TOTAL }, (_, i) => `rewr_fault_${String(i).padStart(5, '0')}`);
let run: RestartRun;

beforeAll(async () => {
  const example = await completedExample();
  const deliveries = ids.map((id) => ({ body: eventBody(example, id) }));
  run = await deliverThroughRestart({ secret: SECRET, db, deliveries, concurrency: CONCURRENCY, killAfter: KILL_AFTER });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`loyalty-ledger killed (SIGKILL) and restarted during ${TOTAL} deliveries, the sender retrying`, () => {
  it('was killed in the middle of the stream, and some deliveries needed retries to get through', () => {
    expect(run.killedAt).toBeLessThan(run.deadAt as number);
    expect(run.deadAt).toBeLessThan(run.firstAcceptedAgainAt as number);
    expect(run.results.filter((r) => r.attempts > 1).length).toBeGreaterThan(0);
  });

  it('got every delivery through: 202, or 200 for those recorded before the kill whose answer was lost', () => {
    expect(run.results.filter((r) => r.status !== 202 && r.status !== 200)).toEqual([]);
    const counts = tally(run.results.map((r) => r.status));
    // Only a delivery in flight at the kill can have been committed without its answer reaching the sender.
    expect(counts[200] ?? 0).toBeLessThanOrEqual(CONCURRENCY);
  });

  it('recorded every event exactly once: none lost, none twice', () => {
    const reader = new Database(db, { readonly: true });
    const rows = reader.prepare('SELECT reward_redemption_id FROM ledger_entries ORDER BY reward_redemption_id').pluck().all();
    reader.close();
    expect(rows).toHaveLength(TOTAL);
    expect(rows).toEqual(ids);
  });
});
