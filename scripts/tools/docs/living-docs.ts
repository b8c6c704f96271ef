import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { LoadedSpec, LoadOptions } from '../../core/spec/load.js';
import { getAt, parsePointer } from '../../runtime/internal/json-pointer.js';
import { findRepository, isAncestor } from '../changelog/git-history.js';
import { recordedHead, renderChangelogMarkdown } from '../changelog/render-markdown.js';
import { pactIndex, readProviderPacts } from '../pacts/pact-index.js';
import { historyMarkdown } from './event-history.js';
import { CHANGELOG_FILE, consumersMarkdown, type LivingDocs } from './event-page.js';
import { fieldRows } from './field-rows.js';
import type { DocsStep } from './steps.js';

export interface LivingDocsOptions extends LoadOptions {
  /** Read the git history into `CHANGELOG.md` and each page's "History" (default true). */
  history?: boolean;
  /**
   * End the history at this commit instead of HEAD: `docs --check` passes the one the committed CHANGELOG.md
   * records, when it is HEAD or an ancestor (a CI merge commit then checks the same bytes the branch wrote).
   */
  until?: string;
  /** The pacts folder whose consumers the pages show, and how to name it on the pages; none: no "Consumers". */
  pacts?: { dir: string; label: string };
}

/** The history and consumers of a spec, gathered once for the pages, the HTML reference and `CHANGELOG.md`. */
export interface LivingDocsSource {
  gather(spec: LoadedSpec): Promise<LivingDocs>;
  /** The docs step writing `CHANGELOG.md` (absent when the history is off). */
  step: DocsStep | undefined;
}

export function livingDocs(specPath: string, options: LivingDocsOptions): LivingDocsSource {
  let gathered: Promise<LivingDocs> | undefined;
  const gather = (spec: LoadedSpec) => {
    gathered ??= (async () => {
      const consumers = options.pacts ? { reads: consumerIndex(options.pacts.dir, spec), source: options.pacts.label } : undefined;
      if (options.history === false) return { consumers };
      const { buildChangelog } = await import('../changelog/build-changelog.js');
      return {
        consumers,
        changelog: await buildChangelog(spec.path ?? specPath, {
          compat: options.compat,
          cache: true, // the walk resumes from the last run's (history-cache.ts): only new commits are diffed
          ...(options.until ? { until: options.until } : {}),
        }),
      };
    })();
    return gathered;
  };
  const step: DocsStep | undefined =
    options.history === false
      ? undefined
      : {
          name: 'history',
          run: async ({ spec, outDir }) => {
            const living = await gather(spec);
            writeFileSync(join(outDir, CHANGELOG_FILE), changelogFile(living));
            const n = living.changelog?.entries.length ?? 0;
            return { parts: [CHANGELOG_FILE], note: living.changelog?.note ?? `${n} commit(s)` };
          },
        };
  return { gather, step };
}

/**
 * The commit a committed `CHANGELOG.md` was written up to, when that commit is HEAD or one of its ancestors
 * (so `docs --check` on a merge commit made by CI, or after later commits, checks the bytes the author wrote);
 * undefined otherwise (then the check walks up to HEAD).
 */
export function pinnedHead(specPath: string, committed: string | undefined): string | undefined {
  const head = committed === undefined ? undefined : recordedHead(committed);
  const repo = findRepository(specPath);
  return head && !('unavailable' in repo) && isAncestor(repo.root, head) ? head : undefined;
}

/** `CHANGELOG.md`'s bytes. */
export const changelogFile = (living: LivingDocs) => (living.changelog ? renderChangelogMarkdown(living.changelog) : '');

/**
 * The document Redoc renders: a copy of the bundle whose webhook operations' descriptions end with the same
 * "Consumers" and "History" Markdown as the event pages (Redoc renders Markdown descriptions). The spec and
 * `openapi.json` are left as they are.
 */
export function withLivingDocs(spec: LoadedSpec, living: LivingDocs): OpenAPIV3_1.Document {
  if (!living.changelog && !living.consumers) return spec.document;
  const document = structuredClone(spec.document);
  const done = new Set<string>();
  for (const event of spec.events) {
    if (done.has(event.pointer)) continue;
    done.add(event.pointer);
    const operation = getAt(document, parsePointer(event.pointer)) as { description?: string } | undefined;
    if (!operation) continue;
    const parts = operation.description ? [operation.description] : [];
    if (living.consumers) {
      const rows = event.body ? fieldRows(spec.document, event.body.schema) : [];
      parts.push('### Consumers', consumersMarkdown(living.consumers.reads, event.type, living.consumers.source, rows, false));
    }
    if (living.changelog) parts.push('### History', historyMarkdown(living.changelog, event.type, CHANGELOG_FILE));
    operation.description = parts.join('\n\n');
  }
  return document;
}

/** The pacts of the spec's provider (the one provider policy), indexed by the spec's events. */
function consumerIndex(dir: string, spec: LoadedSpec) {
  return pactIndex(
    readProviderPacts(dir, spec.document),
    spec.events.map((e) => e.type),
  );
}
