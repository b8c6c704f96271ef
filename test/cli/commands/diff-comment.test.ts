import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { writePair } from '../../helpers/diff-pair.js';
import { PAIRS } from '../../tools/diff/fixtures.js';

const PAIR = writePair(PAIRS['event-removed'] as NonNullable<(typeof PAIRS)['event-removed']>);

describe('diff --comment-limit', () => {
  it('prints the whole Markdown report when it fits', async () => {
    const whole = await runCli(['diff', ...PAIR, '--format', 'markdown', '--today', '2026-06-01', '--pacts', 'test/fixtures/diff-pacts']);
    const limited = await runCli([
      'diff',
      ...PAIR,
      '--format',
      'markdown',
      '--today',
      '2026-06-01',
      '--pacts',
      'test/fixtures/diff-pacts',
      '--comment-limit',
      '65536',
      '--full-report',
      'artifact spec-diff-report',
    ]);
    expect(whole.code).toBe(1);
    expect(whole.stdout).toContain('`event-removed`');
    expect(limited).toEqual(whole);
  });

  it.each([
    [['--comment-limit', '65536'], '--comment-limit goes with --format markdown (see --help)'],
    [
      ['--format', 'markdown', '--comment-limit', '10'],
      '--comment-limit must be a whole number of characters, at least 1000, not "10" (see --help)',
    ],
    [['--full-report', 'x'], '--full-report goes with --comment-limit (see --help)'],
  ])('refuses %j (exit 2)', async (args, line) => {
    expect(await runCli(['diff', ...PAIR, ...args])).toEqual({ code: 2, stdout: '', stderr: `webhook-contracts diff: error: ${line}\n` });
  });
});
