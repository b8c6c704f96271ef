// Express 5: `express.raw` keeps the body as bytes (a Buffer in req.body). Give it a `type` that matches
// what the provider sends ('*/*' takes any): without one it parses only application/octet-stream and
// leaves req.body undefined. Mount no express.json() before this route: the signature is over the bytes.
import express from 'express';
import { parseWebhook } from 'voucherify-webhooks';
import { bodyOf, statusOf } from './status-of.js';

export function expressApp(secret: string): express.Express {
  const app = express();
  app.post('/webhooks/:eventType', express.raw({ type: '*/*', limit: '1mb' }), (req, res) => {
    try {
      const event = parseWebhook({ rawBody: req.body, headers: req.headers, secret, eventType: req.params.eventType });
      void event; // handle event.type / event.payload here, once per idempotency key
      res.status(204).end();
    } catch (error) {
      res.status(statusOf(error)).send(bodyOf(error));
    }
  });
  return app;
}
