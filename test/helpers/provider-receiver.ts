import { createServer, type Server } from 'node:http';
import { verifyWebhookSignature } from '../../scripts/runtime/signature.js';
import type { SignatureScheme } from '../../scripts/runtime/signature-scheme.js';

/** What a provider-style receiver checks on each delivery. */
export type ReceiverCheck = { signature: SignatureScheme; secret: string } | { basic: string } | { bearer: string };

/**
 * A real receiver on node:http for the provider fixtures: reads the body, checks the credentials the
 * way that provider's receivers do (signature over the raw body, or the Authorization header), and
 * answers 204, or 401 with the reason. Counts what it received.
 */
export function providerReceiver(check: ReceiverCheck): Server & { received: number; refused: number; bodies: string[] } {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const reason = refusal(check, Buffer.concat(chunks), request.headers);
      if (reason) {
        state.refused++;
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: reason }));
        return;
      }
      state.received++;
      state.bodies.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(204).end();
    });
  });
  const state = Object.assign(server, { received: 0, refused: 0, bodies: [] as string[] });
  return state;
}

function refusal(check: ReceiverCheck, body: Buffer, headers: Record<string, string | string[] | undefined>): string | undefined {
  if ('signature' in check) {
    try {
      verifyWebhookSignature(body, headers, check.secret, check.signature);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }
  const want = 'basic' in check ? `Basic ${Buffer.from(check.basic).toString('base64')}` : `Bearer ${check.bearer}`;
  return headers.authorization === want ? undefined : 'bad Authorization';
}
