import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** The receiver's one command, as `npm run receiver:loyalty-ledger` runs it (one process: no tsx wrapper in between). */
export const LEDGER_COMMAND = [process.execPath, '--import', 'tsx', 'contracts/consumers/loyalty-ledger/main.ts'] as const;

export type LedgerProcess = ReceiverProcess;

export interface ReceiverProcess {
  /** The webhook URL the receiver printed. */
  url: string;
  port: number;
  child: ChildProcess;
  /** SIGTERM: the receiver finishes its answers, closes the database, exits 0. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<void>;
}

/** Starts the loyalty-ledger receiver as a child process on 127.0.0.1 and waits for its "listening on" line. */
export function startLedgerProcess(options: { secret: string; db: string; port?: number }): Promise<ReceiverProcess> {
  const env = { WEBHOOK_SECRET: options.secret, LEDGER_DB: options.db, PORT: String(options.port ?? 0), HOST: '127.0.0.1' };
  return startReceiverProcess(LEDGER_COMMAND, env);
}

/** Starts a receiver process that prints "listening on <url>" once it listens. */
export async function startReceiverProcess(argv: readonly string[], env: Record<string, string>): Promise<ReceiverProcess> {
  const [command, ...args] = argv as [string, ...string[]];
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (\S+)/.exec(stdout);
      if (match) resolveUrl(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`the receiver exited with ${code} before listening: ${stderr.trim()}`)));
  });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return {
    url,
    port: Number(new URL(url).port),
    child,
    stop: async () => {
      child.kill('SIGTERM');
      return (await exited)[0];
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface Memory {
  rss: number;
  /** JavaScript objects plus Buffers: what a receiver keeping payloads or bodies would grow. */
  js: number;
}

/** The receiver's memory, from its GET /healthz. */
export async function receiverMemory(url: string): Promise<Memory> {
  const response = await fetch(new URL('/healthz', url));
  const { rss, heapUsed, arrayBuffers } = (await response.json()) as { rss: number; heapUsed: number; arrayBuffers: number };
  return { rss, js: heapUsed + arrayBuffers };
}
