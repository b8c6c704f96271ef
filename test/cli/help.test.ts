import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../scripts/cli/main.js';
import { runCli } from '../helpers/cli.js';

/** Every command in the CLI's own table, so that a new command is covered without editing this file. */
const names = Object.keys(COMMANDS);

describe('each command --help', () => {
  it.each(names)('%s: the usage line lists every option the command accepts', async (name) => {
    const { command } = await COMMANDS[name]!();
    const { code, stdout } = await runCli([name, '--help']);
    expect(code).toBe(0);
    const usage = stdout.split('\n')[0] ?? '';
    expect(usage.startsWith(`Usage: webhook-contracts ${name} `)).toBe(true);
    // --compat and --help are common to every command and listed under Options; --spec is named in each usage.
    const options = [...Object.keys(command.options), 'spec'];
    const missing = options.filter((option) => !new RegExp(`--${option}(?![\\w-])`).test(usage));
    expect(missing, `${name}'s usage line: ${usage}`).toEqual([]);
  });
});
