import { parseArgs } from 'node:util';
import { escapeControls, ToolkitError, UsageError } from '../core/errors.js';
import { readStreamCapped } from '../core/spec/read-source.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command, type CommandContext, EXIT } from './command.js';

/** Every command, loaded on demand so that `lint` does not pay for Pact or Ajv. */
export const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  lint: () => import('./commands/lint.js'),
  bundle: () => import('./commands/bundle.js'),
  types: () => import('./commands/types.js'),
  validate: () => import('./commands/validate.js'),
  verify: () => import('./commands/verify.js'),
  'check-pacts': () => import('./commands/check-pacts.js'),
  'verify-receiver': () => import('./commands/verify-receiver.js'),
  send: () => import('./commands/send.js'),
  diff: () => import('./commands/diff.js'),
  docs: () => import('./commands/docs.js'),
  changelog: () => import('./commands/changelog.js'),
  package: () => import('./commands/package.js'),
};

const PROGRAM = 'webhook-contracts';

export async function main(argv: string[], io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await overview());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`${PROGRAM}: unknown command "${escapeControls(name)}" (known: ${Object.keys(COMMANDS).join(', ')}; see --help)\n`);
    return EXIT.badInput;
  }
  const { command } = await load();
  try {
    const context = parse(command, rest, io);
    if (context.values.help) {
      io.stdout(helpFor(command));
      return EXIT.ok;
    }
    return await command.run(context);
  } catch (error) {
    if (error instanceof ToolkitError) {
      io.stderr(`${PROGRAM} ${name}: error: ${error.toLine()}\n`);
      return EXIT.badInput;
    }
    io.stderr(`${PROGRAM} ${name}: internal error (this is a bug, please report it):\n${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.bug;
  }
}

function parse(command: Command, args: string[], io: Io): CommandContext {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: command.allowPositionals,
      strict: true,
    });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]?.replace(/\. To specify a positional argument.*$/, '') ?? 'bad arguments';
    throw new UsageError(message); // the shell's prefix already names the command
  }
  return { values: parsed.values as CommandContext['values'], positionals: parsed.positionals, ...io };
}

function helpFor(command: Command): string {
  const help = { ...command.help, ...COMMON_HELP };
  const width = Math.max(...Object.keys(help).map((k) => k.length));
  const lines = Object.entries(help).map(([k, v]) => `  --${k.padEnd(width)} ${v}`);
  return `Usage: ${PROGRAM} ${command.name} ${command.usage}\n\n${command.summary}\n\nOptions:\n${lines.join('\n')}\n\nExit codes: 0 ok, 1 problems found, 2 bad input or usage, 3 a bug (with its stack).\n`;
}

async function overview(): Promise<string> {
  const rows = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => `  ${name.padEnd(16)} ${(await load()).command.summary}`),
  );
  return `Usage: ${PROGRAM} <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun \`${PROGRAM} <command> --help\` for a command's options.\n`;
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
}

function defaultIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // The same limit as a file: `validate -` fed an endless stream stops at 64 MiB, not at the memory's end.
    readStdin: () => readStreamCapped(process.stdin, '-', 'standard input'),
  };
}
