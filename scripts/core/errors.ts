import { escapeControls } from './text/control-chars.js';

/**
 * Expected failures. Library code throws these; only the CLI shell prints them.
 * Each one renders as a single line: what went wrong, where, and how to fix it.
 */
export class ToolkitError extends Error {
  /** Where the problem is: `file:line:col`, `file#/json/pointer`, or a command-line option. */
  readonly where: string | undefined;
  /** What the user can do about it. */
  readonly hint: string | undefined;

  constructor(message: string, options: { where?: string; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ToolkitError';
    this.where = options.where;
    this.hint = options.hint;
  }

  /** The one-line form printed by the CLI. */
  toLine(): string {
    // "--event TYPE is required" already says where: no "--event: " in front of it.
    const where = this.where && !this.message.startsWith(this.where) ? `${this.where}: ` : '';
    const hint = this.hint ? ` (${this.hint})` : '';
    return escapeControls(`${where}${this.message}${hint}`);
  }
}

/** The input cannot be used: unreadable, unparsable, not a webhooks spec. Exit code 2. */
export class InputError extends ToolkitError {
  constructor(message: string, options: { where?: string; hint?: string; cause?: unknown } = {}) {
    super(message, options);
    this.name = 'InputError';
  }
}

/** The command line is wrong: unknown option, missing argument. Exit code 2. */
export class UsageError extends ToolkitError {
  constructor(message: string, options: { where?: string; hint?: string } = {}) {
    super(message, { hint: 'see --help', ...options });
    this.name = 'UsageError';
  }
}

/**
 * Control characters (newlines, escape codes) written as escapes: a path or value from the command line
 * or a file is never echoed raw to the terminal, and an error stays one line. (Owned by core/text.)
 */
export { escapeControls } from './text/control-chars.js';
