// Where Voucherify's real spec and its history are: `shared/reference` beside the checkout or beside any
// folder above it (a clone at /work/main and a worktree at /work/wt/NAME both find /work/shared), or the
// folder named by WEBHOOK_CONTRACTS_REFERENCE. A user's clone has none: the callers say so and skip.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const MARKER = 'voucherify-webhooks.openapi.json';

/** @returns {string | undefined} the reference folder, or undefined when there is none */
export function findReferenceDir(env = process.env, root = ROOT) {
  if (env.WEBHOOK_CONTRACTS_REFERENCE) return resolve(env.WEBHOOK_CONTRACTS_REFERENCE);
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'reference');
    if (existsSync(join(candidate, MARKER))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Where the reference is looked for, for messages that say it is absent. */
export const REFERENCE_HINT = `shared/reference/ beside ${ROOT} or a folder above it, or WEBHOOK_CONTRACTS_REFERENCE`;
