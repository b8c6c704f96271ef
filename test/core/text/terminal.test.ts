import { describe, expect, it } from 'vitest';
import { terminalLine, terminalText } from '../../../scripts/core/text/terminal.js';

describe('terminalLine', () => {
  it.each([
    ['window title and clear screen', 'ok\u001b]0;pwned\u0007\u001b[2J', 'ok\\x1b]0;pwned\\x07\\x1b[2J'],
    ['a carriage return that would overwrite the line', 'bad\rgood', 'bad\\rgood'],
    ['C1 CSI', 'a\u009b31m', 'a\\x9b31m'],
    ['a workflow command at the start', '::add-mask::secret', '\\x3a:add-mask::secret'],
    ['a workflow command after spaces (the runner trims)', '  ::error::x', '  \\x3a:error::x'],
    ['a newline then a command stays on one line', 'x\n::error::y', 'x\\n::error::y'],
    ['a colon pair later in the line is fine', 'a ::b', 'a ::b'],
  ])('%s', (_name, given, want) => {
    expect(terminalLine(given)).toBe(want);
  });
});

describe('terminalText', () => {
  it('keeps line breaks but no line starts a workflow command', () => {
    expect(terminalText('first\n::error file=x::owned\n\t::set-output name=a::b\nlast\u001b[0m\n')).toBe(
      'first\n\\x3a:error file=x::owned\n\\t::set-output name=a::b\nlast\\x1b[0m\n',
    );
  });
});
