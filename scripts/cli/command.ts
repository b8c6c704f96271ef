import type { ParseArgsConfig } from 'node:util';
import { SIGNATURE_EXTENSION } from '../runtime/internal/webhook-extensions.js';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, problems: 1, badInput: 2, bug: 3 } as const;

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input fully (for `-` arguments). */
  readStdin: () => Promise<Buffer>;
}

/** A CLI command: a thin shell that reads options, calls library functions, prints, returns an exit code. */
export interface Command {
  name: string;
  summary: string;
  /** Usage line after `webhook-contracts <name>`. */
  usage: string;
  /** Option descriptions for --help, keyed by option name. */
  help: Record<string, string>;
  options: OptionSpec;
  allowPositionals: boolean;
  run(context: CommandContext): Promise<number>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionSpec = {
  spec: { type: 'string' },
  compat: { type: 'string', multiple: true },
  overlay: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
};

export const COMMON_HELP: Record<string, string> = {
  spec: 'PATH   root file of an OpenAPI 3.1 webhooks spec (default openapi/openapi.yaml)',
  compat: 'NAME   treat OpenAPI 3.0 leftovers as their author meant: `nullable` (repeatable)',
  overlay: `FILE   apply an OpenAPI Overlay 1.0 file to the spec as it is read, e.g. to declare ${SIGNATURE_EXTENSION} (repeatable, in order)`,
  help: '       print this help',
};
