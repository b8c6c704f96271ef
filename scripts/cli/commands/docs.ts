import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { relativeToCwd } from '../../core/relative-path.js';
import { buildDocs } from '../../tools/docs/build-docs.js';
import { CHANGELOG_FILE } from '../../tools/docs/event-page.js';
import { livingDocs, pinnedHead } from '../../tools/docs/living-docs.js';
import type { StepReport } from '../../tools/docs/step-timer.js';
import { typesStep } from '../../tools/docs/steps.js';
import { formatFinding } from '../../tools/lint/findings.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, noOverlay, specPath } from '../options.js';
import { OrderedLines } from '../ordered-lines.js';

const SHOWN_FINDINGS = 20;
const DEFAULT_PACTS = 'contracts/pacts';
/** The order of the progress lines (the steps overlap and finish in any order): the one docs/cli.md lists. */
export const STEP_ORDER = ['load', 'lint', 'bundle', 'types', 'events', 'history', 'html', 'swap'] as const;

export const command: Command = {
  name: 'docs',
  summary: 'Lint, bundle and render the spec: an offline HTML reference, the bundled JSON, and one Markdown page per event.',
  usage: '[--spec PATH] [--out DIR] [--strict] [--check] [--config FILE] [--pacts DIR] [--no-history]',
  help: {
    out: 'DIR    docs folder (default docs/); only index.html, openapi.json, CHANGELOG.md and events/ are replaced',
    strict: '       a lint error stops it before anything is written (`npm run docs` uses this)',
    check: '       write nothing; exit 1 when the committed openapi.json, CHANGELOG.md or events/*.md are stale',
    pacts: `DIR    the pacts whose consumers each event page shows (default ${DEFAULT_PACTS}/ when present)`,
    'no-history': "       leave out CHANGELOG.md and the pages' history (which read the git history of the spec)",
    config: 'FILE   Redocly config (default: redocly.yaml beside the spec, in the working directory, or ours)',
  },
  options: {
    out: { type: 'string' },
    strict: { type: 'boolean' },
    check: { type: 'boolean' },
    config: { type: 'string' },
    pacts: { type: 'string' },
    'no-history': { type: 'boolean' },
  },
  allowPositionals: false,
  async run(context) {
    const out = (context.values.out as string | undefined) || 'docs';
    const spec = specPath(context);
    const compat = compatOptions(context);
    noOverlay(context, 'docs');
    const pactsDir = (context.values.pacts as string | undefined) ?? (existsSync(DEFAULT_PACTS) ? DEFAULT_PACTS : undefined);
    const committed = join(out, CHANGELOG_FILE);
    const living = livingDocs(spec, {
      compat,
      ...(context.values.check && existsSync(committed) ? { until: pinnedHead(spec, readFileSync(committed, 'utf8')) } : {}),
      history: context.values['no-history'] !== true,
      ...(pactsDir === undefined ? {} : { pacts: { dir: pactsDir, label: relativeToCwd(pactsDir) } }),
    });
    if (context.values.check) {
      const { checkDocs } = await import('../../tools/docs/check-docs.js');
      const stale = await checkDocs(spec, out, { compat, living: living.gather });
      for (const file of stale) context.stdout(`${relativeToCwd(join(out, file.path))}: ${file.reason}\n`);
      context.stderr(stale.length ? `docs: ${stale.length} generated file(s) out of date; run \`npm run docs\`\n` : 'docs: up to date\n');
      return stale.length ? EXIT.problems : EXIT.ok;
    }
    const strict = context.values.strict === true;
    const progress = new OrderedLines(STEP_ORDER, context.stderr);
    const onStep = (r: StepReport) =>
      progress.add(r.step, `docs: ${r.step.padEnd(7)} ${formatMs(r.ms).padStart(8)}${r.detail ? `  ${r.detail}` : ''}\n`);
    const result = await buildDocs({
      specPath: spec,
      outDir: out,
      strict,
      compat,
      config: context.values.config as string | undefined,
      steps: [typesStep(spec), ...(living.step ? [living.step] : [])],
      living: living.gather,
      onStep,
    }).finally(() => progress.flush());
    const lint = result.lint;
    if (!result.written && lint) {
      for (const finding of lint.findings.filter((f) => f.level === 'error').slice(0, SHOWN_FINDINGS))
        context.stderr(`${formatFinding(finding)}\n`);
      context.stderr(`docs: lint found ${lint.errors} error(s) (--strict): nothing written, ${out} left as it was\n`);
      return EXIT.problems;
    }
    if (result.lintFailure) context.stderr(`docs: note: lint could not run (${result.lintFailure}); rendered anyway\n`);
    else if (lint && lint.errors + lint.warnings > 0) {
      context.stderr(
        `docs: note: lint found ${lint.errors} error(s), ${lint.warnings} warning(s); rendered anyway (see \`webhook-contracts lint\`)\n`,
      );
    }
    for (const path of result.outputs) context.stdout(`${relativeToCwd(path)}\n`);
    return EXIT.ok;
  },
};

const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
