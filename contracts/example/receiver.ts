// The smallest receiver a consumer service writes: one URL per event, the raw body checked by parseWebhook.
// `WEBHOOK_SECRET=dev-secret npm run receiver:example`, then send it every documented payload:
// `npx webhook-contracts verify-receiver --url http://127.0.0.1:3000/webhooks/customer.reward_redemptions.completed \
//    --event customer.reward_redemptions.completed --secret dev-secret`
// Which status to answer for each error, and the raw body in other frameworks: docs/guides/receiving.md.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CustomerRewardRedemptionsCompleted, parseWebhook, SignatureError, WebhookError } from 'voucherify-webhooks';

const MAX_BODY_BYTES = 1024 * 1024; // body size is the receiver's policy: answer 413 before parsing
const HOST = process.env.HOST || '127.0.0.1'; // this machine only, unless you say otherwise
const PORT = Number(process.env.PORT ?? 3000); // 0 picks a free port
const SECRET = process.env.WEBHOOK_SECRET;
if (!SECRET) {
  console.error('WEBHOOK_SECRET is not set: start the receiver with the signing secret from the project settings');
  process.exit(2);
}

/** The request's body, whole, or undefined once it is over the limit (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// One URL per event, e.g. POST /webhooks/customer.reward_redemptions.completed (a query string is ignored)
const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://receiver');
    const [, prefix, eventType, ...rest] = pathname.split('/');
    if (prefix !== 'webhooks' || !eventType || rest.length > 0) return void res.writeHead(404).end();
    const rawBody = await readBody(req); // the raw bytes: the signature is over them
    if (rawBody === undefined) return void res.writeHead(413, { connection: 'close' }).end();
    const event = parseWebhook({ rawBody, headers: req.headers, secret: SECRET, eventType: decodeURIComponent(eventType) });
    if (event.type === 'customer.reward_redemptions.completed') onCompleted(event.payload);
    res.writeHead(204).end();
  } catch (error) {
    if (error instanceof SignatureError) res.writeHead(401).end();
    else if (error instanceof WebhookError)
      res.writeHead(400).end(error.message); // malformed, invalid, unknown event: no retry helps
    else {
      // An aborted upload, a reset connection, a bug in a handler: one line, a 500 (the sender retries), no crash.
      console.error(`webhook receiver: ${req.method} ${req.url}: ${(error as Error).message ?? error}`);
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
    }
  }
});

server.listen(PORT, HOST, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening on http://${HOST}:${port}/webhooks/<event type>`);
});

// Deliveries are retried until a 2xx, so the same redemption can arrive twice: act once per id (the spec's
// x-webhook-idempotency-key, /reward_redemption/id; a real service keeps these ids in its database, in the
// same transaction as its own work).
const done = new Set<string>();

function onCompleted(body: CustomerRewardRedemptionsCompleted): void {
  if (done.has(body.reward_redemption.id)) return;
  done.add(body.reward_redemption.id);
  // ... send the "your reward is ready" email, credit the points, ...
}
