import { resolve } from 'node:path';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { type DiffOptions, diffSpecs } from '../../../scripts/tools/diff/diff-specs.js';
import type { DiffReport } from '../../../scripts/tools/diff/types.js';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/diff');

/** Diffs the minimal pair `<name>.base.yaml` / `<name>.head.yaml`, on a fixed date for sunsets. */
export async function diffFixture(name: string, options: DiffOptions = {}): Promise<DiffReport> {
  const base = await loadSpec(resolve(FIXTURES, `${name}.base.yaml`));
  const head = await loadSpec(resolve(FIXTURES, `${name}.head.yaml`));
  return diffSpecs(base, head, { today: '2026-06-01', ...options });
}

/** `[id, level, pointer]` of every change, the shape the tables assert. */
export const brief = (report: DiffReport) => report.changes.map((c) => [c.id, c.level, c.pointer]);
