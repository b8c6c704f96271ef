import type { Server } from 'node:http';
import { listen } from './webhook-receiver.js';

/**
 * Starts a receiver from the environment: `WEBHOOK_SECRET` (required) and `PORT` (0 = any free port;
 * default 0), `HOST` (default 127.0.0.1). Prints the bound URL on one line; stops on SIGINT/SIGTERM, after
 * the answers in flight, then calls `onStop` (e.g. to close a database).
 */
export async function startFromEnv(name: string, create: (secret: string) => Server, onStop?: () => void): Promise<void> {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    process.stderr.write(`${name}: WEBHOOK_SECRET is not set (the webhook's signing secret from the Voucherify project settings)\n`);
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`${name}: PORT must be a port number (0 picks a free one), not "${process.env.PORT}"\n`);
    process.exit(2);
  }
  const server = create(secret);
  const url = await listen(server, port, process.env.HOST ?? '127.0.0.1');
  process.stdout.write(`${name} listening on ${url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () =>
      server.close(() => {
        onStop?.();
        process.exit(0);
      }),
    );
}
