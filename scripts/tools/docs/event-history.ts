import { code, plainText } from '../../core/text/markdown-doc.js';
import { changeLine, entryAnchor, shortHash } from '../changelog/render-markdown.js';
import type { Changelog, ChangelogEntry } from '../changelog/types.js';

/** How many commits an event page lists, and how many changes of each. */
export const HISTORY_COMMITS = 5;
const CHANGES_SHOWN = 5;

/** The changelog entries that touched an event (its changes, or the version that introduced it), newest first. */
export function eventHistory(changelog: Changelog, type: string): ChangelogEntry[] {
  return changelog.entries.flatMap((e) => {
    if (e.kind === 'introduced' && e.events?.includes(type)) return [e];
    const changes = e.changes.filter((c) => c.events.includes(type));
    return changes.length ? [{ ...e, changes }] : [];
  });
}

/** The "History" section's Markdown: the last commits that changed the event, each linked to its changelog entry. */
export function historyMarkdown(changelog: Changelog, type: string, changelogHref: string): string {
  const entries = eventHistory(changelog, type);
  const intro = `The last changes to this event, newest first (the whole history: [the changelog](${changelogHref})).`;
  if (changelog.note && entries.length === 0) return `_No history: ${plainText(changelog.note)}._`;
  if (entries.length === 0) return `_No commit has changed this event yet ([the changelog](${changelogHref}))._`;
  const items = entries.slice(0, HISTORY_COMMITS).map((e) => {
    const head = `- ${e.date} · [${code(shortHash(e.commit))}](${changelogHref}#${entryAnchor(e.commit)}) · ${plainText(e.subject)}${e.tag ? ` (${code(e.tag)})` : ''}`;
    if (e.kind === 'introduced') return `${head}\n  - the event was documented`;
    const more = e.changes.length - CHANGES_SHOWN;
    const lines = e.changes.slice(0, CHANGES_SHOWN).map((c) => `  - ${changeLine(c)}`);
    return [head, ...lines, ...(more > 0 ? [`  - … and ${more} more`] : [])].join('\n');
  });
  const older = entries.length - HISTORY_COMMITS;
  return [intro, items.join('\n'), ...(older > 0 ? [`${older} older commit(s) in [the changelog](${changelogHref}).`] : [])].join('\n\n');
}
