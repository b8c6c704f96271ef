import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { expressApp } from '../../contracts/recipes/express.js';
import { fastifyApp } from '../../contracts/recipes/fastify.js';
import { honoApp } from '../../contracts/recipes/hono.js';
import { nodeHttpServer } from '../../contracts/recipes/node-http.js';
import { signWebhook } from '../../scripts/runtime/signature.js';
import { runCli } from '../helpers/cli.js';

const COMPLETED = 'customer.reward_redemptions.completed';
const SECRET = 'recipe-secret';

/** Listens on 127.0.0.1 on a free port; returns the base URL and a stopper. */
async function listening(server: Server): Promise<{ base: string; stop: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The Next.js route handler behind a tiny node:http → Request adapter (next itself is not installed). */
async function nextServer(): Promise<Server> {
  process.env.WEBHOOK_SECRET = SECRET;
  const { POST } = await import('../../contracts/recipes/next-route.js');
  return createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const response = await POST(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) }));
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  });
}

const recipes: Array<[string, () => Promise<{ base: string; stop: () => Promise<void> }>]> = [
  ['Express 5', () => listening(createServer(expressApp(SECRET)))],
  [
    'Fastify 5',
    async () => {
      const app = fastifyApp(SECRET);
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      return { base, stop: () => app.close() };
    },
  ],
  [
    'Hono on @hono/node-server',
    async () => {
      const server = await new Promise<Server>((resolve) => {
        const s = serve({ fetch: honoApp(SECRET).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
      });
      const { port } = server.address() as AddressInfo;
      return { base: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
    },
  ],
  ['a Next.js route handler', async () => listening(await nextServer())],
  ['plain node:http', () => listening(nodeHttpServer(SECRET))],
];

const stops: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

describe.each(recipes)('the %s recipe (docs/guides/receiving.md)', (_name, start) => {
  it('passes verify-receiver with every documented payload, and refuses a forged signature with 401', async () => {
    const { base, stop } = await start();
    stops.push(stop);
    const url = `${base}/webhooks/${COMPLETED}`;
    const result = await runCli(['verify-receiver', '--url', url, '--event', COMPLETED, '--secret', SECRET]);
    expect(result.stderr).toMatch(
      new RegExp(
        `^(\\d+) documented payload\\(s\\) sent to ${url} \\(.*\\): \\1 accepted, 0 not\\n(\\d+) refusal probe\\(s\\) sent: \\2 refused, 0 accepted\\n$`,
      ),
    );
    expect(result.code).toBe(0);
    const body = '{"any":"thing"}';
    const forged = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-voucherify-signature': signWebhook(body, 'not-the-secret') },
    });
    expect(forged.status).toBe(401);
    const invalid = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-voucherify-signature': signWebhook(body, SECRET) },
    });
    expect([invalid.status, await invalid.text()]).toEqual([
      400,
      expect.stringMatching(/^payload of customer\.reward_redemptions\.completed does not match the spec: /),
    ]);
  });
});

describe('docs/guides/receiving.md', () => {
  it('links every recipe file, and every recipe it links exists', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const guide = readFileSync('docs/guides/receiving.md', 'utf8');
    const linked = [...guide.matchAll(/\(\.\.\/\.\.\/contracts\/recipes\/([\w.-]+\.ts)\)/g)].map((m) => m[1] as string);
    expect(new Set(linked)).toEqual(new Set(readdirSync('contracts/recipes')));
    for (const file of linked) expect(existsSync(`contracts/recipes/${file}`)).toBe(true);
  });
});
