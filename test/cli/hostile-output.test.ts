import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { start } from '../helpers/receivers.js';
import { minimalSpec, writeFiles } from '../helpers/temp-spec.js';

/**
 * Issue 24, items 3, 4, 10: text the spec, a payload or a receiver controls cannot rewrite a PR comment, run a
 * GitHub workflow command, or send escape codes to the terminal. Each output channel has its escaper (core/text).
 */
const HOSTILE = 'x`\n<!-- hidden\n::error file=a::owned\u001b]0;title\u0007';

let dir = '';
beforeAll(() => {
  const props = (names: string[]) => ({
    type: 'object',
    description: 'The body.',
    required: names,
    properties: Object.fromEntries(names.map((n) => [n, { type: 'string', description: 'A field.' }])),
  });
  const spec = (names: string[]) =>
    JSON.stringify(minimalSpec({ schema: props(names), example: Object.fromEntries(names.map((n) => [n, 'v'])) }));
  dir = writeFiles({
    'base.json': spec(['id', HOSTILE]),
    'head.json': spec(['id']),
    'lint.json': JSON.stringify(minimalSpec({ schema: props([HOSTILE]), example: { [HOSTILE]: 1 } })),
    'payload.json': JSON.stringify({ '\n::add-mask::secret\u001b[2J': 1 }),
    'strict.json': JSON.stringify(
      minimalSpec({
        schema: {
          type: 'object',
          description: 'Strict.',
          additionalProperties: false,
          properties: { id: { type: 'string', description: 'Id.' } },
        },
      }),
    ),
  });
});

const diff = (format: string) => runCli(['diff', join(dir, 'base.json'), join(dir, 'head.json'), '--format', format]);
/** A line GitHub Actions would run as a command (it trims the line first). */
const commandLines = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('::'));

describe('hostile text in outputs', () => {
  it('diff --format markdown: the removed property stays inside one code span; no line opens an HTML comment', async () => {
    const { code, stdout } = await diff('markdown');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    // An HTML block starts only at the start of a line (up to three spaces in).
    expect(lines.filter((l) => /^ {0,3}</.test(l))).toEqual(['<!-- webhook-contracts-diff -->']);
    expect(lines.find((l) => l.includes('property-removed'))).toContain(
      '`` /x`\\n<!-- hidden\\n::error file=a::owned\\x1b]0;title\\x07 ``',
    );
    expect(stdout).not.toContain('\u001b');
  });

  it('diff --format github: one command per change, the spec text escaped by GitHub rules', async () => {
    const { stdout } = await diff('github');
    expect(commandLines(stdout)).toHaveLength(stdout.trimEnd().split('\n').length);
    expect(stdout).toContain('/x`%0A<!-- hidden%0A::error file=a::owned');
  });

  it('diff --format text: no line starts a workflow command, no escape code reaches the terminal', async () => {
    const { stdout } = await diff('text');
    expect(commandLines(stdout)).toEqual([]);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('/x`\\n<!-- hidden\\n::error file=a::owned\\x1b]0;title\\x07');
  });

  it('validate: a payload key with a newline, a command and an escape code prints escaped on one line', async () => {
    const { code, stdout } = await runCli([
      'validate',
      '--spec',
      join(dir, 'strict.json'),
      '--event',
      'thing.happened',
      join(dir, 'payload.json'),
    ]);
    expect(code).toBe(1);
    expect(commandLines(stdout)).toEqual([]);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('/\\n::add-mask::secret\\x1b[2J');
  });

  it('lint: a finding about the hostile property is one escaped line', async () => {
    const { code, stdout } = await runCli(['lint', '--spec', join(dir, 'lint.json')]);
    expect(code).toBe(1);
    expect(commandLines(stdout)).toEqual([]);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('webhook-example-valid');
    expect(stdout).toContain('x`\\n<!-- hidden\\n::error file=a::owned\\x1b]0;title\\x07');
  });

  describe("verify-receiver: the receiver's answer", () => {
    let stop = async () => {};
    let url = '';
    beforeAll(async () => {
      const server = createServer((_req, res) => {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('\u001b]0;pwned\u0007\u001b[2J\r\n::add-mask::x bad');
      });
      ({ url, stop } = await start(server));
    });
    afterAll(() => stop());

    it('prints escape codes and carriage returns as escapes, never as a workflow command', async () => {
      const { code, stdout } = await runCli([
        'verify-receiver',
        '--url',
        url,
        '--spec',
        join(dir, 'head.json'),
        '--event',
        'thing.happened',
      ]);
      expect(code).toBe(1);
      for (const raw of ['\u001b', '\u0007', '\r']) expect(stdout).not.toContain(raw);
      expect(commandLines(stdout)).toEqual([]);
      expect(stdout).toContain('400: \\x1b]0;pwned\\x07\\x1b[2J ::add-mask::x bad');
    });
  });
});
