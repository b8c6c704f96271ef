import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputSet } from '../../core/output-set.js';
import { relativeToCwd } from '../../core/relative-path.js';
import type { CompatOption } from '../../core/schema/compat.js';
import type { ToolReport } from '../../core/tool-report.js';
import { formatFinding } from '../lint/findings.js';
import { buildDocs } from './build-docs.js';
import { CHANGELOG_FILE } from './event-page.js';
import { type LivingDocsSource, livingDocs, pinnedHead } from './living-docs.js';
import type { StepReport } from './step-timer.js';
import { typesStep } from './steps.js';

/** The pacts the event pages show when `--pacts` is not given (when the folder exists). */
export const DEFAULT_DOCS_PACTS = 'contracts/pacts';
/** The order of the progress lines (the steps overlap and finish in any order): the one docs/reference/cli.md lists. */
export const STEP_ORDER = ['load', 'lint', 'bundle', 'types', 'events', 'history', 'html', 'swap'] as const;
const SHOWN_FINDINGS = 20;

export interface DocsOptions {
  specPath: string;
  outDir: string;
  compat: readonly CompatOption[];
  /** `--pacts`; default DEFAULT_DOCS_PACTS when present. */
  pacts?: string | undefined;
  /** False for `--no-history`: no CHANGELOG.md, no history on the pages. */
  history: boolean;
}

/** What `docs --check` compares: the committed docs, with the history up to the commit CHANGELOG.md records. */
export async function docsCheck(options: DocsOptions): Promise<OutputSet> {
  const committed = join(options.outDir, CHANGELOG_FILE);
  const until = existsSync(committed) ? pinnedHead(options.specPath, readFileSync(committed, 'utf8')) : undefined;
  const living = livingOf(options, until);
  const { docsOutput } = await import('./check-docs.js');
  return docsOutput(options.specPath, options.outDir, { compat: [...options.compat], living: living.gather });
}

/**
 * What `webhook-contracts docs` does: lint, bundle, render and swap the docs in (see build-docs.ts), with a
 * progress line per step handed to `progress` as each ends. Returns the paths written, and the notes on lint.
 */
export async function docsBuild(
  options: DocsOptions & { strict: boolean; config?: string | undefined; progress: (step: string, line: string) => void },
): Promise<ToolReport> {
  const living = livingOf(options, undefined);
  const onStep = (r: StepReport) =>
    options.progress(r.step, `docs: ${r.step.padEnd(7)} ${formatMs(r.ms).padStart(8)}${r.detail ? `  ${r.detail}` : ''}\n`);
  const result = await buildDocs({
    specPath: options.specPath,
    outDir: options.outDir,
    strict: options.strict,
    compat: [...options.compat],
    config: options.config,
    steps: [typesStep(options.specPath), ...(living.step ? [living.step] : [])],
    living: living.gather,
    onStep,
  });
  const lint = result.lint;
  if (!result.written && lint) {
    const shown = lint.findings.filter((f) => f.level === 'error').slice(0, SHOWN_FINDINGS);
    return {
      stdout: '',
      stderr: `${shown.map((f) => `${formatFinding(f)}\n`).join('')}docs: lint found ${lint.errors} error(s) (--strict): nothing written, ${options.outDir} left as it was\n`,
      failed: true,
    };
  }
  let stderr = '';
  if (result.lintFailure) stderr = `docs: note: lint could not run (${result.lintFailure}); rendered anyway\n`;
  else if (lint && lint.errors + lint.warnings > 0) {
    stderr = `docs: note: lint found ${lint.errors} error(s), ${lint.warnings} warning(s); rendered anyway (see \`webhook-contracts lint\`)\n`;
  }
  return { stdout: result.outputs.map((path) => `${relativeToCwd(path)}\n`).join(''), stderr, failed: false };
}

function livingOf(options: DocsOptions, until: string | undefined): LivingDocsSource {
  const pacts = options.pacts ?? (existsSync(DEFAULT_DOCS_PACTS) ? DEFAULT_DOCS_PACTS : undefined);
  return livingDocs(options.specPath, {
    compat: [...options.compat],
    ...(until === undefined ? {} : { until }),
    history: options.history,
    ...(pacts === undefined ? {} : { pacts: { dir: pacts, label: relativeToCwd(pacts) } }),
  });
}

const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
