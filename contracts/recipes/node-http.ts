// Plain node:http: collect the chunks (with a size limit), route with URL (a query string is ignored).
// contracts/example/receiver.ts is the same, runnable on its own.
import { createServer, type Server } from 'node:http';
import { parseWebhook } from 'voucherify-webhooks';
import { bodyOf, statusOf } from './status-of.js';

const MAX_BODY_BYTES = 1024 * 1024;

export function nodeHttpServer(secret: string): Server {
  return createServer(async (req, res) => {
    try {
      const eventType = new URL(req.url ?? '/', 'http://receiver').pathname.split('/').pop();
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) return void res.writeHead(413, { connection: 'close' }).end();
        chunks.push(chunk);
      }
      const event = parseWebhook({ rawBody: Buffer.concat(chunks), headers: req.headers, secret, eventType });
      void event; // handle event.type / event.payload here, once per idempotency key
      res.writeHead(204).end();
    } catch (error) {
      if (!res.headersSent && !res.destroyed) res.writeHead(statusOf(error)).end(bodyOf(error));
    }
  });
}
