// Fastify 5: replace the JSON parser for this instance with one that keeps the bytes (parseAs 'buffer'),
// so request.body is the raw Buffer the signature was computed over.
import Fastify, { type FastifyInstance } from 'fastify';
import { parseWebhook } from 'voucherify-webhooks';
import { bodyOf, statusOf } from './status-of.js';

export function fastifyApp(secret: string): FastifyInstance {
  const app = Fastify({ bodyLimit: 1024 * 1024 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.post<{ Params: { eventType: string }; Body: Buffer }>('/webhooks/:eventType', async (request, reply) => {
    try {
      const event = parseWebhook({ rawBody: request.body, headers: request.headers, secret, eventType: request.params.eventType });
      void event; // handle event.type / event.payload here, once per idempotency key
      return reply.code(204).send();
    } catch (error) {
      return reply.code(statusOf(error)).send(bodyOf(error));
    }
  });
  return app;
}
