import type { Changelog } from './types.js';

/**
 * The stable JSON form: `{spec, note, commits, changes}`, newest first. Each change has the diff's JSON shape
 * (`webhook-contracts diff --format json`) plus the `{commit, date, subject, tag}` of the commit that made it.
 */
export function renderChangelogJson(changelog: Changelog): string {
  const commits = changelog.entries.map((e) => ({
    commit: e.commit,
    date: e.date,
    subject: e.subject,
    tag: e.tag,
    kind: e.kind,
    changes: e.changes.length,
    ...(e.events ? { events: e.events } : {}),
    ...(e.error ? { error: e.error } : {}),
  }));
  const changes = changelog.entries.flatMap((e) =>
    e.changes.map((c) => ({
      id: c.id,
      level: c.level,
      event: c.event,
      events: c.events,
      pointer: c.pointer,
      message: c.message,
      consumers: c.consumers,
      location: c.location ?? null,
      commit: e.commit,
      date: e.date,
      subject: e.subject,
      tag: e.tag,
    })),
  );
  return `${JSON.stringify({ spec: changelog.spec, note: changelog.note ?? null, commits, changes }, null, 2)}\n`;
}
