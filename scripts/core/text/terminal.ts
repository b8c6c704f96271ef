import { escapeControls, escapeControlsKeepNewlines } from './control-chars.js';

/**
 * Text for a terminal or a CI log. Control characters (escape codes that set a window title or clear the
 * screen, carriage returns that overwrite a line) are printed as escapes, and no line begins with `::`:
 * GitHub Actions runs such a line as a workflow command (`::add-mask::`, `::error::`, `::stop-commands::`),
 * and CI runs these commands on pull requests, whose spec the author of the pull request controls.
 */

/** A line that GitHub Actions would read as a workflow command (it trims the line first). */
const COMMAND_LIKE = /^(\s*):/;

function guard(line: string): string {
  // `\x3a` is how escapeControls would write a colon: the line stays readable and is no longer a command.
  return line.trimStart().startsWith('::') ? line.replace(COMMAND_LIKE, '$1\\x3a') : line;
}

/** One value on one line: every control character escaped (newlines too), no leading `::`. */
export function terminalLine(text: string): string {
  return guard(escapeControls(text));
}

/** A whole output of several lines: each line kept, control characters escaped, no line begins with `::`. */
export function terminalText(text: string): string {
  return escapeControlsKeepNewlines(text).split('\n').map(guard).join('\n');
}
