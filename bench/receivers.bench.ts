import { join } from 'node:path';
import { createSenderAgent, type DeliveryResult, deliverAll, NO_RETRY } from '../contracts/shared/sender.js';
import { completedExample, eventBody } from '../test/helpers/ledger-load.js';
import { type ReceiverProcess, startLedgerProcess, startReceiverProcess } from '../test/helpers/ledger-process.js';
import { deliverThroughRestart } from '../test/helpers/ledger-restart.js';
import { type Benchmark, type BenchRow, median } from './harness.js';

const SECRET = 'bench-secret';
const CONCURRENCY = 50;

/** The baseline: a bare node:http server that reads the body and answers 202, nothing else. */
const BARE_SERVER = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => {
  s.writeHead(202, { 'content-type': 'application/json' }); s.end('{"status":"accepted"}'); }); })
  .listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port + '/webhooks/voucherify'); });`;

type Target = 'bare' | 'memory' | 'file';

/**
 * The loyalty-ledger receiver as a process (`npm run receiver:loyalty-ledger`) under new valid deliveries,
 * 50 in flight over keep-alive connections, against a bare node:http server in the same run: throughput
 * and latency, with SQLite in memory (HTTP + signature + validation + insert) and on file (plus the
 * fsync of each group commit). Then the fault run: SIGKILL in the middle, restart, retries.
 */
export const run: Benchmark = async (context) => {
  const example = await completedExample();
  const perRound = process.env.BENCH_QUICK ? 2000 : 5000;
  const processes: Record<Target, ReceiverProcess> = {
    bare: await startReceiverProcess([process.execPath, '-e', BARE_SERVER], {}),
    memory: await startLedgerProcess({ secret: SECRET, db: ':memory:' }),
    file: await startLedgerProcess({ secret: SECRET, db: join(context.tmpDir, 'ledger.sqlite') }),
  };
  const samples: Record<Target, Array<{ perSecond: number; p50: number; p99: number }>> = { bare: [], memory: [], file: [] };
  const agent = createSenderAgent(CONCURRENCY);
  try {
    // Round 0 warms up; then every target once per round, in turns, so a noisy machine weighs on all alike.
    for (let round = 0; round <= context.repeat; round++) {
      for (const target of Object.keys(processes) as Target[]) {
        const deliveries = Array.from({ length: perRound }, (_, i) => ({ body: eventBody(example, `rewr_bench_${round}_${i}`) }));
        const started = performance.now();
        const results = await deliverAll(processes[target].url, deliveries, {
          concurrency: CONCURRENCY,
          secret: SECRET,
          agent,
          retry: NO_RETRY,
        });
        const seconds = (performance.now() - started) / 1000;
        if (results.some((r) => r.status !== 202)) throw new Error(`${target}: not every delivery was answered 202`);
        if (round > 0) samples[target].push({ perSecond: perRound / seconds, ...percentiles(results) });
      }
    }
  } finally {
    agent.destroy();
    for (const p of Object.values(processes)) await p.stop();
  }

  const ratio = (target: Target) => median(samples[target].map((s, i) => s.perSecond / (samples.bare[i]?.perSecond as number)));
  const rows = (target: Target, name: string): BenchRow[] => [
    { name: `${name}: throughput`, value: median(samples[target].map((s) => s.perSecond)), unit: 'deliveries/s', ratio: ratio(target) },
    { name: `${name}: p50 latency`, value: median(samples[target].map((s) => s.p50)) },
    { name: `${name}: p99 latency`, value: median(samples[target].map((s) => s.p99)) },
  ];

  const faultTotal = process.env.BENCH_QUICK ? 1500 : 3000;
  const faultDeliveries = Array.from({ length: faultTotal }, (_, i) => ({ body: eventBody(example, `rewr_fault_${i}`) }));
  const options = { secret: SECRET, deliveries: faultDeliveries, concurrency: CONCURRENCY };
  const calm = await deliverThroughRestart({ ...options, db: join(context.tmpDir, 'calm.sqlite') });
  const fault = await deliverThroughRestart({ ...options, db: join(context.tmpDir, 'fault.sqlite'), killAfter: faultTotal / 3 });
  const killedAt = fault.killedAt as number;
  const lost = fault.results.filter((r) => r.status !== 202 && r.status !== 200).length;

  return [
    {
      title: `Receivers under load (${perRound} new deliveries a round, ${CONCURRENCY} in flight)`,
      baseline: 'a bare `node:http` server that reads the body and answers 202, as a process, in the same run',
      rows: [
        ...rows('bare', 'bare node:http (baseline)'),
        ...rows('memory', 'loyalty-ledger, SQLite in memory'),
        ...rows('file', 'loyalty-ledger, SQLite file (WAL, FULL sync)'),
      ],
      notes: [
        'Each receiver is its own process on loopback; the sender (contracts/shared/sender.ts, keep-alive agent) runs in the benchmark process and shares the machine: on 2 cores the sender is a large part of the cost, so the ratios understate what the ledger adds to a receiver that has a core of its own.',
        'The ledger verifies the signature, validates the body against the spec, and inserts the entry (group commit: the inserts of one event-loop turn share a transaction); it answers after the commit.',
      ],
    },
    {
      title: `Receiver fault: SIGKILL after ${faultTotal / 3} of ${faultTotal} deliveries, restart, retries`,
      baseline: 'the same stream to the same receiver without the fault',
      rows: [
        { name: 'stream without the fault (baseline)', value: calm.totalMs, ratio: 1 },
        { name: 'stream with SIGKILL + restart', value: fault.totalMs, ratio: fault.totalMs / calm.totalMs },
        { name: 'SIGKILL to restarted receiver listening', value: (fault.listeningAgainAt as number) - killedAt },
        { name: 'SIGKILL to first delivery accepted again (recovery)', value: (fault.firstAcceptedAgainAt as number) - killedAt },
        { name: 'deliveries that needed retries', value: fault.results.filter((r) => r.attempts > 1).length, unit: 'deliveries' },
        { name: 'deliveries lost', value: lost, unit: 'deliveries', target: '0', met: lost === 0 },
      ],
      notes: [
        "Retries follow Voucherify's schedule compressed: 50 ms, doubling, at most 1 s between attempts, 30 attempts. Restart = a new `node --import tsx` process on the same port and database file.",
        'One run each (not a median): the fault run is a recovery measurement, not a throughput one.',
      ],
    },
  ];
};

function percentiles(results: DeliveryResult[]): { p50: number; p99: number } {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length * 0.5)] as number, p99: ms[Math.floor(ms.length * 0.99)] as number };
}
