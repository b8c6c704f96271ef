import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSenderAgent, type DeliveryResult, deliverAll, NO_RETRY } from '../../contracts/shared/sender.js';
import { completedExample, KINDS, type Kind, type LoadItem, loadMix, tally } from '../helpers/ledger-load.js';
import { type Memory, receiverMemory, startLedgerProcess } from '../helpers/ledger-process.js';
import { SECRET } from '../helpers/receivers.js';

/** 2,000 in `npm test`; `npm run test:load` sends 10,000. */
const TOTAL = Number(process.env.LEDGER_LOAD_DELIVERIES ?? 2000);
const CONCURRENCY = 50;
const SAMPLES = 20;
/**
 * The leak check's bounds on growth from the first to the last quarter of the run (medians of 5 samples
 * each, read from the receiver's GET /healthz). It is a leak check, not a timing or size target. Measured
 * over 10,000 deliveries: heap + Buffers saw-tooth between 10 and 32 MiB with medians growing by at most
 * 8 MiB, RSS 96-116 MiB. With a leak put in on purpose, keeping each payload grew heap + Buffers by 54 MiB
 * and keeping each raw body (4.5 KB) by 32 MiB: both fail. At 2,000 deliveries (npm test) only leaks of
 * ~15 KB or more a delivery show; `npm run test:load` runs the 10,000.
 */
const MAX_JS_GROWTH = 24 * 1024 * 1024;
const MAX_RSS_GROWTH = 50 * 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'ledger-load-'));
const db = join(dir, 'ledger.sqlite');
let items: LoadItem[];
let results: DeliveryResult[];
const memory: Memory[] = [];
let exitCode: number | null;

beforeAll(async () => {
  items = loadMix(await completedExample(), TOTAL);
  const receiver = await startLedgerProcess({ secret: SECRET, db });
  const agent = createSenderAgent(CONCURRENCY);
  const samplings: Array<Promise<void>> = [];
  let done = 0;
  const onResult = () => {
    if (++done % (TOTAL / SAMPLES) === 0) samplings.push(receiverMemory(receiver.url).then((m) => void memory.push(m)));
  };
  try {
    results = await deliverAll(receiver.url, items, { concurrency: CONCURRENCY, secret: SECRET, agent, retry: NO_RETRY, onResult });
    await Promise.all(samplings);
  } finally {
    agent.destroy();
    exitCode = await receiver.stop();
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const share = (fraction: number) => (TOTAL * fraction) / 25;
const statusesOf = (...kinds: Kind[]) => results.filter((_, i) => kinds.includes(items[i]?.kind as Kind)).map((r) => r.status);

describe(`loyalty-ledger (a real process, SQLite) under ${TOTAL} deliveries, ${CONCURRENCY} at a time, 20% bad`, () => {
  it('answers every new valid delivery 202 and its duplicate 200, whichever of the two came first', () => {
    expect(tally(statusesOf('valid', 'duplicate'))).toEqual({ 202: share(20), 200: share(1) });
  });

  it.each(['badSignature', 'malformedJson', 'invalidBody', 'oversized'] as const)('answers every %s delivery its 4xx', (kind) => {
    expect(tally(statusesOf(kind))).toEqual({ [KINDS[kind]]: share(1) });
  });

  it('recorded every valid delivery exactly once, and nothing else', () => {
    const reader = new Database(db, { readonly: true });
    const ids = reader.prepare('SELECT reward_redemption_id FROM ledger_entries ORDER BY reward_redemption_id').pluck().all();
    reader.close();
    const expected = items.filter((item) => item.kind === 'valid').map((item) => item.redemptionId);
    expect(ids).toHaveLength(share(20));
    expect(ids).toEqual([...expected].sort());
  });

  it('stopped cleanly on SIGTERM', () => {
    expect(exitCode).toBe(0);
  });

  it('keeps its memory flat: from the first to the last quarter, heap + Buffers growth under 24 MiB, RSS under 50 MiB', () => {
    expect(memory).toHaveLength(SAMPLES);
    const growth = (key: keyof Memory) =>
      median(memory.slice(-SAMPLES / 4).map((m) => m[key])) - median(memory.slice(0, SAMPLES / 4).map((m) => m[key]));
    expect(growth('js'), 'heap + Buffers growth in bytes').toBeLessThan(MAX_JS_GROWTH);
    expect(growth('rss'), 'RSS growth in bytes').toBeLessThan(MAX_RSS_GROWTH);
  });
});

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}
