import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listen } from '../../contracts/shared/webhook-receiver.js';

export const SECRET = 'test-secret';

/** Starts a server on 127.0.0.1 and returns its webhook URL and a stopper. */
export async function start(server: Server): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = await listen(server, 0);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A server that reads requests and never answers. */
export function hangingServer(): Server {
  return createServer((request) => request.resume());
}

/** A URL on 127.0.0.1 where nothing listens. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/webhooks/voucherify`;
}
