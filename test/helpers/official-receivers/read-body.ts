import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

/** What a library-backed receiver answers: a status and a short text. */
export type Verdict = [status: number, text: string];

/**
 * A `node:http` server on which `check` sees each POST's raw body (as a string, the way the official
 * libraries take it) and headers; anything it throws is a 400 naming the error. Other methods: 405.
 */
export function rawBodyServer(check: (body: string, headers: IncomingHttpHeaders) => Verdict | Promise<Verdict>): Server {
  return createServer((request, response) => {
    if (request.method !== 'POST') return void response.writeHead(405).end();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      let verdict: Verdict;
      try {
        verdict = await check(Buffer.concat(chunks).toString('utf8'), request.headers);
      } catch (error) {
        verdict = [400, `${(error as Error).name}: ${(error as Error).message}`];
      }
      response.writeHead(verdict[0], { 'content-type': 'text/plain' }).end(verdict[1]);
    });
  });
}

/** A receiver on a library whose `verify(body, headers)` throws when a delivery does not verify: 401 naming the error, else 204. */
export function verifyingServer(verify: (body: string, headers: Record<string, string>) => unknown): Server {
  return rawBodyServer((body, headers) => {
    try {
      verify(body, headers as Record<string, string>);
    } catch (error) {
      return [401, `${(error as Error).name}: ${(error as Error).message}`];
    }
    return [204, ''];
  });
}
