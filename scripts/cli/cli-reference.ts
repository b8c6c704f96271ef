import { COMMANDS, main } from './main.js';

/**
 * docs/reference/cli.md keeps the `--help` text of the CLI and of each command in a marked block, written by
 * `npm run docs:cli`; a test fails when a block no longer matches what `--help` prints.
 */
const PROGRAM = 'webhook-contracts';

export function helpBlock(name: string, help: string): string {
  return `<!-- help: ${name} -->\n\`\`\`text\n${help.trimEnd()}\n\`\`\`\n<!-- /help -->`;
}

/** The text with each block replaced by the current help; a command without a block gets a new section. */
export function updateCliReference(text: string, helps: ReadonlyArray<readonly [string, string]>): string {
  let out = text;
  for (const [name, help] of helps) {
    const block = new RegExp(`<!-- help: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} -->\\n[\\s\\S]*?<!-- /help -->`);
    const fresh = helpBlock(name, help);
    out = block.test(out) ? out.replace(block, () => fresh) : `${out.trimEnd()}\n\n## \`${name}\`\n\n${fresh}\n`;
  }
  return out;
}

/** `[name, --help text]` for the CLI itself (named `webhook-contracts`) and for every command, in the CLI's order. */
export async function currentHelps(): Promise<Array<[string, string]>> {
  const help = async (args: string[]) => {
    const chunks: string[] = [];
    await main(args, { stdout: (t) => chunks.push(t), stderr: () => {}, readStdin: async () => Buffer.alloc(0) });
    return chunks.join('');
  };
  const helps: Array<[string, string]> = [[PROGRAM, await help(['--help'])]];
  for (const name of Object.keys(COMMANDS)) helps.push([name, await help([name, '--help'])]);
  return helps;
}
