import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativeToCwd } from '../../../scripts/core/relative-path.js';
import { runCli } from '../../helpers/cli.js';
import { COMPLETED, completedExample, setAt } from '../../helpers/examples.js';

const dir = mkdtempSync(join(tmpdir(), 'wc-validate-'));
const file = (name: string) => join(dir, name);
let valid: string;

beforeAll(async () => {
  const example = await completedExample();
  valid = JSON.stringify(example);
  writeFileSync(file('valid.json'), valid);
  const invalid = structuredClone(example);
  setAt(invalid, '/voucher/created_at', '2024-05-13T10: 24: 01.084Z');
  setAt(invalid, '/reward_redemption/state', 'DONE');
  writeFileSync(file('invalid.json'), JSON.stringify(invalid));
  writeFileSync(file('broken.json'), '{"customer": ');
  writeFileSync(file('deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  writeFileSync(file('empty.json'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STATE = 'must be one of "CREATED", "PENDING", "COMPLETED", "ROLLEDBACK"';
const KNOWN = 'customer.reward_redemptions.created, customer.reward_redemptions.pending, customer.reward_redemptions.completed';
const error = (line: string) => `webhook-contracts validate: error: ${line}\n`;

describe('webhook-contracts validate', () => {
  const cases: Array<
    [
      string,
      {
        args: () => string[];
        stdin?: () => string;
        want: { code: number; stdout: string | (() => string); stderr: string | (() => string) };
      },
    ]
  > = [
    ['a valid file', { args: () => [file('valid.json')], want: { code: 0, stdout: () => `ok ${file('valid.json')}\n`, stderr: '' } }],
    [
      'a valid and an invalid file',
      {
        args: () => [file('valid.json'), file('invalid.json')],
        want: {
          code: 1,
          stdout: () =>
            `ok ${file('valid.json')}\n${file('invalid.json')} /voucher/created_at must be a valid date-time\n${file('invalid.json')} /reward_redemption/state ${STATE}\n`,
          stderr: '2 payloads: 1 valid, 1 invalid\n',
        },
      },
    ],
    ['standard input', { args: () => ['-'], stdin: () => valid, want: { code: 0, stdout: 'ok -\n', stderr: '' } }],
    [
      'bad JSON',
      {
        args: () => [file('valid.json'), file('broken.json')],
        want: {
          code: 2,
          stdout: '',
          stderr: () =>
            error(`${file('broken.json')}: not valid JSON: Unexpected end of JSON input (a payload file holds one JSON document)`),
        },
      },
    ],
    [
      'bad JSON on standard input',
      // After "not valid JSON:" comes V8's own wording, which changes between Node versions.
      {
        args: () => ['-'],
        stdin: () => '{',
        want: {
          code: 2,
          stdout: '',
          stderr: expect.stringMatching(
            /^webhook-contracts validate: error: -: not valid JSON: .+ \(a payload file holds one JSON document\)\n$/,
          ),
        },
      },
    ],
    [
      'nesting 100,000 levels deep',
      {
        args: () => [file('deep.json')],
        want: {
          code: 2,
          stdout: '',
          stderr: () => error(`${file('deep.json')}: nesting is deeper than 512 levels (a spec or payload this deep is not supported)`),
        },
      },
    ],
    [
      'an empty file',
      {
        args: () => [file('empty.json')],
        want: { code: 2, stdout: '', stderr: () => error(`${file('empty.json')}: payload file is empty`) },
      },
    ],
    [
      'a missing file',
      {
        args: () => [file('nope.json')],
        want: { code: 2, stdout: '', stderr: () => error(`${file('nope.json')}: cannot read payload file: no such file (check the path)`) },
      },
    ],
  ];
  it.each(cases)('%s', async (_name, { args, stdin, want }) => {
    const result = await runCli(['validate', '--event', COMPLETED, ...args()], stdin?.());
    const value = (v: string | (() => string)) => (typeof v === 'function' ? (v as () => string)() : v);
    expect(result).toEqual({ code: want.code, stdout: value(want.stdout), stderr: value(want.stderr) });
  });

  it('refuses an unknown event type, listing the known ones (exit 2)', async () => {
    expect(await runCli(['validate', '--event', 'customer.created', file('valid.json')])).toEqual({
      code: 2,
      stdout: '',
      stderr: error(`--event: unknown event type "customer.created" (known: ${KNOWN})`),
    });
  });

  it.each([
    ['an empty --event', ['validate', '--event=', 'x.json'], '--event needs an event type (see --help)'],
    [
      'no PATH',
      ['validate', '--event', COMPLETED],
      'give at least one payload PATH: a file, a folder, an NDJSON file (or - for standard input) (see --help)',
    ],
    ['- twice', ['validate', '--event', COMPLETED, '-', '-'], 'standard input (-) can be read only once (see --help)'],
  ])('refuses %s (exit 2)', async (_name, args, line) => {
    expect(await runCli(args)).toEqual({ code: 2, stdout: '', stderr: error(line) });
  });

  it('--format json gives one result per file, with pointers', async () => {
    const result = await runCli(['validate', '--event', COMPLETED, '--format', 'json', file('valid.json'), file('invalid.json')]);
    const at = (pointer: string) => ({ file: relativeToCwd(file('invalid.json')), line: 0, col: 0, pointer });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      results: [
        { file: file('valid.json'), event: COMPLETED, valid: true, findings: [] },
        {
          file: file('invalid.json'),
          event: COMPLETED,
          valid: false,
          findings: [
            { id: 'payload-invalid', level: 'error', message: 'must be a valid date-time', location: at('/voucher/created_at') },
            { id: 'payload-invalid', level: 'error', message: STATE, location: at('/reward_redemption/state') },
          ],
        },
      ],
      summary: { payloads: 2, valid: 1, invalid: 1, unresolved: 0 },
    });
  });

  it('--spec validates against another spec (compiled at run time)', async () => {
    writeFileSync(file('customer.json'), '{"email": "nope"}');
    const result = await runCli([
      'validate',
      '--spec',
      'test/fixtures/types/awkward-names.yaml',
      '--event',
      'customer',
      file('customer.json'),
    ]);
    expect(result).toEqual({ code: 1, stdout: `${file('customer.json')} /email must be a valid email\n`, stderr: '' });
  });
});

describe('validate -: standard input has the same 64 MiB cap as a file', () => {
  it('an endless stream stops at the cap: exit 2, one line, memory never holds more', async () => {
    const child = spawn(process.execPath, [
      'bin/webhook-contracts.mjs',
      'validate',
      '--event',
      'customer.reward_redemptions.completed',
      '-',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdin.on('error', () => {}); // EPIPE once it stopped reading: that is the point
    const spaces = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < 200 && child.stdin.write(spaces)) sent++;
      if (sent < 200 && child.stdin.writable) child.stdin.once('drain', pump);
    };
    pump();
    const [code] = await once(child, 'exit');
    expect(stderr).toBe('webhook-contracts validate: error: -: standard input is over the 67108864-byte limit\n');
    expect(code).toBe(2);
    expect(sent).toBeLessThan(200);
  });
});
