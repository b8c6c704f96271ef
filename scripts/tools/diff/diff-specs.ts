import { location } from '../../core/findings.js';
import { EVENTS_DIR, eventFileName } from '../../core/spec/event-page-names.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import type { PactIndex } from '../pacts/pact-index.js';
import { diffEvents } from './diff-events.js';
import { DEFAULT_POLICY, type LevelPolicy } from './levels.js';
import { buildReport } from './report.js';
import type { DiffReport } from './types.js';

export interface DiffOptions {
  policy?: LevelPolicy;
  pacts?: PactIndex;
  /** The date sunsets are judged against (default: today). */
  today?: string;
  /** Maps a file path from the head spec's `locate` to the path to show (git-ref inputs live in a temp folder). */
  displayFile?: (file: string) => string;
  /** Where the docs command writes its output, for links to event pages (default `docs`). */
  docsDir?: string;
}

/** Compares two loaded specs and returns the report as data. */
export function diffSpecs(base: LoadedSpec, head: LoadedSpec, options: DiffOptions = {}): DiffReport {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const found = diffEvents(base, head, today);
  const order = [...new Set([...base.events.map((e) => e.type), ...head.events.map((e) => e.type)])];
  const display = options.displayFile ?? ((f: string) => f);
  const locate = (pointer: string) => {
    try {
      const { file, line, col } = head.locate(pointer);
      return location({ file: display(file), line, col, pointer: pointer.replace(/^#/, '') });
    } catch {
      return location({ pointer: pointer.replace(/^#/, '') });
    }
  };
  const report = buildReport(found, order, options.policy ?? DEFAULT_POLICY, locate, options.pacts);
  return { ...report, eventPages: eventPages(head, options.docsDir ?? 'docs') };
}

/** The page `docs` writes for each event of the head spec (same names, same order, so the same collisions). */
function eventPages(head: LoadedSpec, docsDir: string): Record<string, string> {
  const taken = new Set<string>();
  return Object.fromEntries(head.events.map((e) => [e.type, `${docsDir}/${EVENTS_DIR}/${eventFileName(e.type, taken)}`]));
}
