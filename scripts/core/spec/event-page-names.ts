/**
 * Where each event's page lives in the docs output: `docs` writes the pages under these names and `diff`
 * links to them, so the two agree however event types collide once made safe for a file name.
 */

/** The folder of the event pages inside the docs output. */
export const EVENTS_DIR = 'events';

/** A file name for an event type: the type itself where it is safe, else with unsafe characters replaced. */
export function eventFileName(type: string, taken: Set<string>): string {
  const base = type.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || '_';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'readme.md'; n++) name = `${base}-${n}.md`;
  taken.add(name.toLowerCase());
  return name;
}
