// Hono (here on @hono/node-server): read the body once with arrayBuffer(), never c.req.json() first.
// Fetch Headers are accepted as they are.
import { Hono } from 'hono';
import { parseWebhook } from 'voucherify-webhooks';
import { bodyOf, statusOf } from './status-of.js';

export function honoApp(secret: string): Hono {
  const app = new Hono();
  app.post('/webhooks/:eventType', async (c) => {
    try {
      const rawBody = new Uint8Array(await c.req.arrayBuffer());
      const event = parseWebhook({ rawBody, headers: c.req.raw.headers, secret, eventType: c.req.param('eventType') });
      void event; // handle event.type / event.payload here, once per idempotency key
      return c.body(null, 204);
    } catch (error) {
      return c.text(bodyOf(error), statusOf(error));
    }
  });
  return app;
}
