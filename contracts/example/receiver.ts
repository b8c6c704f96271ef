// The smallest receiver a consumer service writes: one URL per event, the raw body checked by parseWebhook.
// `WEBHOOK_SECRET=dev-secret npm run receiver:example`, then send it every documented payload:
// `npx webhook-contracts verify-receiver --url http://127.0.0.1:3000/webhooks/customer.reward_redemptions.completed \
//    --event customer.reward_redemptions.completed --secret dev-secret`
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CustomerRewardRedemptionsCompleted,
  MalformedJsonError,
  PayloadError,
  parseWebhook,
  SignatureError,
  UnknownEventError,
} from 'voucherify-webhooks';

const MAX_BODY_BYTES = 1024 * 1024; // body size is the receiver's policy: answer 413 before parsing
const HOST = process.env.HOST || '127.0.0.1'; // this machine only, unless you say otherwise
const PORT = Number(process.env.PORT ?? 3000); // 0 picks a free port

// One URL per event, e.g. POST /webhooks/customer.reward_redemptions.completed
const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return void res.writeHead(413).end();
    chunks.push(chunk);
  }
  try {
    const event = parseWebhook({
      rawBody: Buffer.concat(chunks), // the raw bytes: the signature is over them
      headers: req.headers,
      secret: process.env.WEBHOOK_SECRET ?? '',
      eventType: req.url?.split('/').pop(),
    });
    if (event.type === 'customer.reward_redemptions.completed') onCompleted(event.payload);
    res.writeHead(204).end();
  } catch (error) {
    if (error instanceof SignatureError) res.writeHead(401).end();
    else if (error instanceof UnknownEventError) res.writeHead(404).end();
    else if (error instanceof MalformedJsonError) res.writeHead(400).end(error.message);
    else if (error instanceof PayloadError) res.writeHead(400).end(JSON.stringify(error.problems));
    else throw error;
  }
});

server.listen(PORT, HOST, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening on http://${HOST}:${port}/webhooks/<event type>`);
});

// Deliveries are retried until a 2xx, so the same redemption can arrive twice: act once per id (a real
// service keeps these ids in its database, in the same transaction as its own work).
const done = new Set<string>();

function onCompleted(body: CustomerRewardRedemptionsCompleted): void {
  if (done.has(body.reward_redemption.id)) return;
  done.add(body.reward_redemption.id);
  // ... send the "your reward is ready" email, credit the points, ...
}
