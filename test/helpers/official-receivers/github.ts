import { createServer, type Server } from 'node:http';
import { createNodeMiddleware, Webhooks } from '@octokit/webhooks';

export const GITHUB_PATH = '/webhooks/github';

/**
 * A receiver on @octokit/webhooks' own Node middleware: it requires content-type application/json and
 * the X-GitHub-Event, X-GitHub-Delivery and X-Hub-Signature-256 headers (400 when one is missing),
 * verifies the signature over the raw body (400 when it does not match), then emits `<event>.<action>`.
 * `received` collects what was emitted.
 */
export function githubReceiver(secret: string, received: string[] = []): Server {
  const webhooks = new Webhooks({ secret });
  webhooks.onAny((event) => {
    const action = (event.payload as { action?: string }).action;
    received.push(action ? `${event.name}.${action}` : event.name);
  });
  const middleware = createNodeMiddleware(webhooks, { path: GITHUB_PATH, log: quiet });
  return createServer((request, response) => {
    middleware(request, response, () => response.writeHead(404).end());
  });
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
