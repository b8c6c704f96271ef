import { existsSync } from 'node:fs';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { CompatOption } from '../../core/schema/compat.js';
import { DEFAULT_PACTS } from '../pacts/pact-file.js';
import { type PactIndex, pactIndex, readProviderPacts } from '../pacts/pact-index.js';
import { specProvider } from '../pacts/pact-provider.js';
import { diffSpecs } from './diff-specs.js';
import type { LevelPolicy } from './levels.js';
import { loadSide } from './load-side.js';
import { renderComment } from './render-comment.js';
import { renderGithub } from './render-github.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { type DiffReport, type Level, rank } from './types.js';

export const DIFF_FORMATS = { text: renderText, markdown: renderMarkdown, json: renderJson, github: renderGithub } as const;
export type DiffFormat = keyof typeof DIFF_FORMATS;
export { DEFAULT_DIFF_CONFIG, levelPolicyFrom as resolvePolicy } from './level-policy.js';

export interface DiffRun {
  /** Spec root files or `GITREF:PATH`. */
  base: string;
  head: string;
  compat?: readonly CompatOption[];
  /** Overlay 1.0 files applied to both sides (`--overlay`). */
  overlays?: readonly string[];
  format: DiffFormat;
  /** Markdown only: over this many characters, a summary pointing to the full report (render-comment.ts). */
  commentLimit?: number;
  /** With `commentLimit`: where the full report is (an artifact URL), named in the summary. */
  fullReport?: string;
  failOn: Level | 'never';
  policy: LevelPolicy;
  /** Pact folder named by the user; absent: `contracts/pacts` when it exists. */
  pacts?: string;
  today?: string;
}

export interface DiffOutcome {
  report: DiffReport;
  /** The report rendered in the chosen format. */
  text: string;
  /** A change is at or above `failOn`. */
  failed: boolean;
  /** Lines for standard error (why consumers were not checked). */
  notes: string[];
}

/** The whole `diff` command as data: load both sides, read the pacts (provider policy), compare, render, judge. */
export async function runDiff(run: DiffRun): Promise<DiffOutcome> {
  const load = { compat: run.compat ?? [], overlays: run.overlays ?? [] }; // the same overlays on both sides
  const base = await loadSide(run.base, load);
  const head = await loadSide(run.head, load);
  const eventTypes = [...new Set([...head.spec.events, ...base.spec.events].map((e) => e.type))];
  const notes: string[] = [];
  const pacts = pactsFor(run.pacts, eventTypes, head.spec.document, notes);
  const report = diffSpecs(base.spec, head.spec, {
    policy: run.policy,
    ...(pacts ? { pacts } : {}),
    ...(run.today ? { today: run.today } : {}),
    displayFile: head.displayFile,
  });
  const text =
    run.commentLimit === undefined
      ? DIFF_FORMATS[run.format](report)
      : renderComment(report, { limit: run.commentLimit, ...(run.fullReport ? { fullReport: run.fullReport } : {}) });
  return { report, text, failed: fails(report, run.failOn), notes };
}

/**
 * The pacts that name consumers: the folder given (or the default one when it exists), only the pacts of the
 * spec's provider; none when no pact covers any event (then the report does not claim consumers were checked).
 */
function pactsFor(given: string | undefined, eventTypes: string[], document: OpenAPIV3_1.Document, notes: string[]): PactIndex | undefined {
  const dir = given ?? (existsSync(DEFAULT_PACTS) ? DEFAULT_PACTS : undefined);
  if (dir === undefined) return undefined;
  const pacts = pactIndex(readProviderPacts(dir, document, { allowEmpty: true }), eventTypes);
  const provider = specProvider(document);
  if (eventTypes.some((type) => pacts.readersOf(type, undefined).length > 0)) return pacts;
  const whose = provider === undefined ? '' : ` for provider ${provider}`;
  notes.push(`no pact in ${dir}${whose} covers any of the spec's events: consumers are not checked`);
  return undefined;
}

function fails(report: DiffReport, failOn: Level | 'never'): boolean {
  if (failOn === 'never') return false;
  return report.changes.some((c) => rank(c.level) <= rank(failOn));
}
