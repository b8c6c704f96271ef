import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type LoadOptions, loadSpec } from '../../../scripts/core/spec/load.js';
import { type DiffOptions, diffSpecs } from '../../../scripts/tools/diff/diff-specs.js';
import type { DiffReport } from '../../../scripts/tools/diff/types.js';
import { type Case, diffPair } from '../../helpers/diff-pair.js';
import { KEYWORD_PAIRS } from './pairs/keywords.js';
import { SCHEMA_PAIRS } from './pairs/schemas.js';
import { WEBHOOK_PAIRS } from './pairs/webhooks.js';

export { brief } from '../../helpers/diff-pair.js';

/** File pairs `<name>.base.yaml` / `<name>.head.yaml`: only where a test asserts the file and line a change is at. */
export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/diff');

/** Every inline pair by name (the names docs/reference/diff-rules.md cites). */
export const PAIRS: Readonly<Record<string, Case>> = { ...SCHEMA_PAIRS, ...WEBHOOK_PAIRS, ...KEYWORD_PAIRS };

const filePair = (name: string) => [resolve(FIXTURES, `${name}.base.yaml`), resolve(FIXTURES, `${name}.head.yaml`)] as const;

/** Whether a pair of that name exists, inline or as files (never both). */
export function hasPair(name: string): boolean {
  const files = filePair(name).every((path) => existsSync(path));
  if (files && Object.hasOwn(PAIRS, name)) throw new Error(`pair "${name}" is both inline and in ${FIXTURES}: keep one`);
  return files || Object.hasOwn(PAIRS, name);
}

/** Diffs the named pair (inline, else the file pair), on a fixed date for sunsets. */
export async function diffFixture(name: string, options: DiffOptions = {}, load: LoadOptions = {}): Promise<DiffReport> {
  if (!hasPair(name)) throw new Error(`no diff pair named "${name}" (test/tools/diff/pairs/ or ${FIXTURES})`);
  const pair = Object.hasOwn(PAIRS, name) ? PAIRS[name] : undefined;
  if (pair) return diffPair(pair, options, load);
  const [basePath, headPath] = filePair(name);
  const [base, head] = await Promise.all([loadSpec(basePath, load), loadSpec(headPath, load)]);
  return diffSpecs(base, head, { today: '2026-06-01', ...options });
}
