import { type ScratchRepo, scratchRepo } from '../../helpers/scratch-git.js';

const ROOT = `openapi: 3.1.0
info: {title: Orders, version: 1.0.0}
webhooks:
  order.created:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: './schemas/Order.yaml'}
      responses:
        '200': {description: accepted}
`;

const order = (note: string, statuses: string, status = `{type: string, enum: [${statuses}]}`) => `type: object
required: [id, status]
properties:
  id: {type: string}
  status: ${status}
${note}`;

/** A spec history with one commit per kind of change; `hashes` names each commit. */
export function buildHistory(): { repo: ScratchRepo; hashes: Record<string, string> } {
  const repo = scratchRepo('wc-changelog-');
  const hashes: Record<string, string> = {};
  hashes.first = repo.commit('Add the order.created webhook', {
    'spec/openapi.yaml': ROOT,
    'spec/schemas/Order.yaml': order('', 'open, paid'),
  });
  hashes.added = repo.commit('Orders carry a note', { 'spec/schemas/Order.yaml': order('  note: {type: string}\n', 'open, paid') });
  hashes.nullable = repo.commit('A note may be null', {
    'spec/schemas/Order.yaml': order("  note: {type: [string, 'null']}\n", 'open, paid'),
  });
  repo.git('tag', '-a', 'v1.0.0', '-m', 'First release');
  hashes.readme = repo.commit('Document the repository', { 'README.md': '# orders\n' });
  repo.git('checkout', '-q', '-b', 'refunds');
  repo.commit('Refunded orders', {
    'spec/schemas/Order.yaml': order("  note: {type: [string, 'null']}\n", 'open, paid, refunded'),
  });
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge branch refunds', 'refunds');
  hashes.enum = repo.git('rev-parse', 'HEAD').trim();
  hashes.refactor = repo.commit('Refactor: the status in its own file', {
    'spec/schemas/Order.yaml': order("  note: {type: [string, 'null']}\n", '', "{$ref: './Status.yaml'}"),
    'spec/schemas/Status.yaml': 'type: string\nenum: [open, paid, refunded]\n',
  });
  hashes.broken = repo.commit('Status <img src=x onerror=alert(1)> *wip* [click](javascript:alert(1)) | `x`', {
    'spec/schemas/Status.yaml': 'type: string\nenum: [open, paid, refunded\n',
  });
  hashes.fixed = repo.commit('Fix the status list', { 'spec/schemas/Status.yaml': 'type: string\nenum: [open, paid, refunded]\n' });
  return { repo, hashes };
}
