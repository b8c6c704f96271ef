import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findReferenceDir, REFERENCE_HINT } from '../../scripts/ci/reference-dir.mjs';

export const REFERENCE_DIR =
  findReferenceDir() ??
  (() => {
    throw new Error(`Voucherify's published spec is absent (${REFERENCE_HINT}): run these through \`npm run test:reference\``);
  })();
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
