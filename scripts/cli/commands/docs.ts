import { DEFAULT_DOCS_PACTS, docsBuild, docsCheck, STEP_ORDER } from '../../tools/docs/docs-report.js';
import { type Command, EXIT } from '../command.js';
import { compatOptions, noOverlay, specPath } from '../options.js';
import { OrderedLines } from '../ordered-lines.js';
import { reportStale } from '../output-set.js';

export const command: Command = {
  name: 'docs',
  summary: 'Lint, bundle and render the spec: an offline HTML reference, the bundled JSON, and one Markdown page per event.',
  usage: '[--spec PATH] [--out DIR] [--strict] [--check] [--config FILE] [--pacts DIR] [--no-history]',
  help: {
    out: 'DIR    docs folder (default docs/); only index.html, openapi.json, CHANGELOG.md and events/ are replaced',
    strict: '       a lint error stops it before anything is written (`npm run docs` uses this)',
    check: '       write nothing; exit 1 when the committed openapi.json, CHANGELOG.md or events/*.md are stale',
    pacts: `DIR    the pacts whose consumers each event page shows (default ${DEFAULT_DOCS_PACTS}/ when present)`,
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
    noOverlay(context, 'docs');
    const options = {
      specPath: specPath(context),
      outDir: (context.values.out as string | undefined) || 'docs',
      compat: compatOptions(context),
      pacts: context.values.pacts as string | undefined,
      history: context.values['no-history'] !== true,
    };
    if (context.values.check) return reportStale(context, 'docs', await docsCheck(options), 'run `npm run docs`');
    const progress = new OrderedLines(STEP_ORDER, context.stderr);
    const report = await docsBuild({
      ...options,
      strict: context.values.strict === true,
      config: context.values.config as string | undefined,
      progress: (step, line) => progress.add(step, line),
    }).finally(() => progress.flush());
    context.stderr(report.stderr);
    context.stdout(report.stdout);
    return report.failed ? EXIT.problems : EXIT.ok;
  },
};
