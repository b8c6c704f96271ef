import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared/reference` beside the repository, or WC_REFERENCE_DIR (a git worktree sits elsewhere). */
export const REFERENCE_DIR = process.env.WC_REFERENCE_DIR ?? resolve(import.meta.dirname, '../../../shared/reference');
export const REFERENCE_SPEC = join(REFERENCE_DIR, 'voucherify-webhooks.openapi.json');

/** The history versions oldest first, then the current published spec. */
export function historyChain(): string[] {
  const dir = join(REFERENCE_DIR, 'voucherify-history');
  const versions = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
  return [...versions, REFERENCE_SPEC];
}
