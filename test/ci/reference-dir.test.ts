import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferenceDir } from '../../scripts/ci/reference-dir.mjs';

/** A folder tree: `work/shared/reference/` (with the spec when `withSpec`), `work/main/` and `work/wt/readme/`. */
function tree(withSpec: boolean): string {
  const work = mkdtempSync(join(tmpdir(), 'wc-reference-'));
  mkdirSync(join(work, 'shared', 'reference'), { recursive: true });
  if (withSpec) writeFileSync(join(work, 'shared', 'reference', 'voucherify-webhooks.openapi.json'), '{}');
  for (const checkout of ['main', 'wt/readme']) mkdirSync(join(work, checkout), { recursive: true });
  return work;
}

describe('findReferenceDir', () => {
  it.each([
    ['a clone beside shared/', 'main'],
    ['a worktree two levels down', 'wt/readme'],
  ])('finds shared/reference from %s', (_name, checkout) => {
    const work = tree(true);
    expect(findReferenceDir({}, join(work, checkout))).toBe(join(work, 'shared', 'reference'));
  });

  it('says absent only when no folder above holds the spec', () => {
    const work = tree(false);
    expect(findReferenceDir({}, join(work, 'wt/readme'))).toBeUndefined();
  });

  it('takes WEBHOOK_CONTRACTS_REFERENCE first', () => {
    const work = tree(true);
    expect(findReferenceDir({ WEBHOOK_CONTRACTS_REFERENCE: '/elsewhere/reference' }, join(work, 'main'))).toBe('/elsewhere/reference');
  });
});
