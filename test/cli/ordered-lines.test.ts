import { describe, expect, it } from 'vitest';
import { OrderedLines } from '../../scripts/cli/ordered-lines.js';

const ORDER = ['load', 'lint', 'bundle', 'html'];

describe('OrderedLines', () => {
  it.each<[string, { given: string[]; flush?: boolean; want: string[] }]>([
    ['in order: each prints at once', { given: ['load', 'lint', 'bundle', 'html'], want: ['load', 'lint', 'bundle', 'html'] }],
    ['a late step holds back the ones after it', { given: ['load', 'bundle', 'html', 'lint'], want: ['load', 'lint', 'bundle', 'html'] }],
    ['nothing prints until the first step has', { given: ['html', 'bundle', 'lint'], want: [] }],
    ['flush prints what is left, in order, over a gap', { given: ['html', 'bundle'], flush: true, want: ['bundle', 'html'] }],
    ['a name outside the order prints as it comes', { given: ['extra', 'load'], want: ['extra', 'load'] }],
  ])('%s', (_name, { given, flush, want }) => {
    const printed: string[] = [];
    const lines = new OrderedLines(ORDER, (line) => printed.push(line));
    for (const name of given) lines.add(name, name);
    if (flush) lines.flush();
    expect(printed).toEqual(want);
  });
});
