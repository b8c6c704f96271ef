// A Next.js route handler (app/webhooks/[eventType]/route.ts): a plain `POST(request: Request)`. Read the
// body with arrayBuffer(), never request.json() first. The event type is the last segment of the URL path.
import { parseWebhook } from 'voucherify-webhooks';
import { bodyOf, statusOf } from './status-of.js';

const SECRET = process.env.WEBHOOK_SECRET ?? '';

export async function POST(request: Request): Promise<Response> {
  try {
    const eventType = new URL(request.url).pathname.split('/').pop();
    const rawBody = new Uint8Array(await request.arrayBuffer());
    const event = parseWebhook({ rawBody, headers: request.headers, secret: SECRET, eventType });
    void event; // handle event.type / event.payload here, once per idempotency key
    return new Response(null, { status: 204 });
  } catch (error) {
    return new Response(bodyOf(error), { status: statusOf(error) });
  }
}
