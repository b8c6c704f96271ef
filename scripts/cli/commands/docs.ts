import { join } from 'node:path';
import { relativeToCwd } from '../../core/relative-path.js';
import { buildDocs } from '../../tools/docs/build-docs.js';
import type { StepReport } from '../../tools/docs/step-timer.js';
import { typesStep } from '../../tools/docs/steps.js';
import { formatFinding } from '../../tools/lint/findings.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, specPath } from '../options.js';

const SHOWN_FINDINGS = 20;

export const command: Command = {
  name: 'docs',
  summary: 'Lint, bundle and render the spec: an offline HTML reference, the bundled JSON, and one Markdown page per event.',
  usage: '[--spec PATH] [--out DIR] [--strict] [--check]',
  help: {
    out: 'DIR    docs folder (default docs/); only index.html, openapi.json and events/ are replaced',
    strict: '       a lint error stops it before anything is written (`npm run docs` uses this)',
    check: '       write nothing; exit 1 when the committed openapi.json or events/*.md are stale',
    config: 'FILE   Redocly config (default: redocly.yaml beside the spec, in the working directory, or ours)',
  },
  options: {
    out: { type: 'string' },
    strict: { type: 'boolean' },
    check: { type: 'boolean' },
    config: { type: 'string' },
  },
  allowPositionals: false,
  async run(context) {
    const out = (context.values.out as string | undefined) || 'docs';
    const spec = specPath(context);
    const compat = compatOptions(context);
    if (context.values.check) {
      const { checkDocs } = await import('../../tools/docs/check-docs.js');
      const stale = await checkDocs(spec, out, { compat });
      for (const file of stale) context.stdout(`${relativeToCwd(join(out, file.path))}: ${file.reason}\n`);
      context.stderr(stale.length ? `docs: ${stale.length} generated file(s) out of date; run \`npm run docs\`\n` : 'docs: up to date\n');
      return stale.length ? EXIT.problems : EXIT.ok;
    }
    const strict = context.values.strict === true;
    const onStep = (r: StepReport) =>
      context.stderr(`docs: ${r.step.padEnd(7)} ${formatMs(r.ms).padStart(8)}${r.detail ? `  ${r.detail}` : ''}\n`);
    const result = await buildDocs({
      specPath: spec,
      outDir: out,
      strict,
      compat,
      config: context.values.config as string | undefined,
      steps: [typesStep(spec)],
      onStep,
    });
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
