import { COMPRESSED_SCHEDULE, createSenderAgent, type Delivery, type DeliveryResult, deliverAll } from '../../contracts/shared/sender.js';
import { type ReceiverProcess, startLedgerProcess } from './ledger-process.js';

export interface RestartRun {
  results: DeliveryResult[];
  /** Milliseconds from the start of the stream: the SIGKILL, the old process gone, the new one listening, its first 202. */
  killedAt: number | undefined;
  deadAt: number | undefined;
  listeningAgainAt: number | undefined;
  firstAcceptedAgainAt: number | undefined;
  totalMs: number;
}

/**
 * Streams `deliveries` to the loyalty-ledger process with the compressed retry schedule, SIGKILLs the
 * receiver once `killAfter` deliveries have got through, and restarts it at once with the same command,
 * port and database file. Without `killAfter`, the same stream without the fault.
 */
export async function deliverThroughRestart(options: {
  secret: string;
  db: string;
  deliveries: readonly Delivery[];
  concurrency: number;
  killAfter?: number;
}): Promise<RestartRun> {
  const { secret, db, concurrency, killAfter } = options;
  let receiver: ReceiverProcess = await startLedgerProcess({ secret, db });
  const agent = createSenderAgent(concurrency);
  const run: RestartRun = {
    results: [],
    killedAt: undefined,
    deadAt: undefined,
    listeningAgainAt: undefined,
    firstAcceptedAgainAt: undefined,
    totalMs: 0,
  };
  let restarted: Promise<void> | undefined;
  let done = 0;
  const started = performance.now();
  const onResult = (_index: number, result: DeliveryResult) => {
    const now = performance.now() - started;
    if (run.deadAt !== undefined && run.firstAcceptedAgainAt === undefined && result.status === 202) run.firstAcceptedAgainAt = now;
    if (++done !== killAfter) return;
    run.killedAt = now;
    restarted = receiver.kill().then(async () => {
      run.deadAt = performance.now() - started;
      receiver = await startLedgerProcess({ secret, db, port: receiver.port });
      run.listeningAgainAt = performance.now() - started;
    });
  };
  try {
    run.results = await deliverAll(receiver.url, options.deliveries, {
      concurrency,
      secret,
      agent,
      retry: COMPRESSED_SCHEDULE,
      timeoutMs: 2000,
      onResult,
    });
    run.totalMs = performance.now() - started;
  } finally {
    agent.destroy();
    await restarted;
    await receiver.stop();
  }
  return run;
}
