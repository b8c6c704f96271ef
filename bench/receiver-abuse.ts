// Measures the example receiver under abuse (docs/reference/reliability.md quotes the figures): a burst of
// concurrent senders each on its own connection, a slow sender, and /healthz while the ledger's SQLite
// file is locked by another process. Run: npx tsx bench/receiver-abuse.ts [SENDERS]

import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { signWebhook } from '../scripts/index.js';
import { completedExample, eventBody } from '../test/helpers/ledger-load.js';
import { startLedgerProcess } from '../test/helpers/ledger-process.js';

const SECRET = 'abuse-secret';
const senders = Number(process.argv[2] ?? 3000);
const db = join(mkdtempSync(join(tmpdir(), 'abuse-')), 'ledger.sqlite');
const ledger = await startLedgerProcess({ secret: SECRET, db });
const example = await completedExample();

/** One POST on a fresh connection (no keep-alive), 10 s timeout like Voucherify's; its status or error code. */
function once(body: string): Promise<string> {
  return new Promise((done) => {
    const req = request(
      ledger.url,
      {
        method: 'POST',
        agent: false,
        timeout: 10_000,
        headers: { 'content-type': 'application/json', 'x-voucherify-signature': signWebhook(body, SECRET) },
      },
      (res) => {
        res.resume();
        res.on('end', () => done(String(res.statusCode)));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (error) => done((error as NodeJS.ErrnoException).code ?? error.message));
    req.end(body);
  });
}

const tally = (xs: string[]) => Object.fromEntries([...new Set(xs)].sort().map((k) => [k, xs.filter((x) => x === k).length]));

// 1. A burst: every sender at once, each on its own connection.
let started = performance.now();
const burst = await Promise.all(Array.from({ length: senders }, (_, i) => once(eventBody(example, `rewr_abuse_${i}`))));
const burstMs = performance.now() - started;
const rows = new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM ledger_entries').get() as { n: number };
console.log(
  `burst: ${senders} concurrent senders in ${Math.round(burstMs)} ms: ${JSON.stringify(tally(burst))}; rows ${rows.n}, 202s ${burst.filter((s) => s === '202').length}`,
);

// 2. A slow sender: one header byte a second. How long does the receiver hold the connection?
started = performance.now();
await new Promise<void>((done) => {
  const socket = connect(ledger.port, '127.0.0.1');
  const header = `POST /webhooks/voucherify HTTP/1.1\r\nHost: x\r\nX-Slow: ${'a'.repeat(1000)}`;
  let i = 0;
  const timer = setInterval(() => socket.write(header[i++ % header.length] as string), 1000);
  socket.on('data', () => {});
  socket.on('close', () => {
    clearInterval(timer);
    done();
  });
  socket.on('error', () => {});
});
console.log(`slow sender (1 byte/s): connection closed by the receiver after ${((performance.now() - started) / 1000).toFixed(1)} s`);

// 3. The SQLite file locked by another process: a delivery's answer and /healthz's latency.
const other = new Database(db);
other.exec('BEGIN EXCLUSIVE');
started = performance.now();
const lockedStatus = await once(eventBody(example, 'rewr_abuse_locked'));
const lockedMs = performance.now() - started;
started = performance.now();
await fetch(ledger.url.replace('/webhooks/voucherify', '/healthz'));
const healthMs = performance.now() - started;
other.exec('ROLLBACK');
other.close();
console.log(`locked database: delivery answered ${lockedStatus} in ${Math.round(lockedMs)} ms; /healthz in ${Math.round(healthMs)} ms`);
await ledger.stop();
