import { describe, expect, it } from 'vitest';
import { codeSpan, markdownFence, markdownProse, markdownText, markdownUrl } from '../../../scripts/core/text/markdown.js';

describe('codeSpan', () => {
  it.each([
    ['plain', 'voucher.code', '`voucher.code`'],
    ['a backtick inside: a longer fence, padded', 'a`b', '`` a`b ``'],
    ['a newline and an HTML comment: escaped, one line', 'x`\n<!--', '`` x`\\n<!-- ``'],
    ['an escape code', 'a\u001b]0;pwned\u0007', '`a\\x1b]0;pwned\\x07`'],
    ['U+2028', 'a\u2028b', '`a\\u2028b`'],
    ['empty', '', '` `'],
  ])('%s', (_name, given, want) => {
    expect(codeSpan(given)).toBe(want);
    expect(codeSpan(given)).not.toContain('\n');
  });

  it('escapes | inside a table cell', () => {
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
  });
});

describe('markdownText', () => {
  it.each([
    [
      'emphasis, code, links, tags and entities are literal',
      '*a* `b` [c](d) <img src=x> &amp;',
      '\\*a\\* \\`b\\` \\[c\\](d) &lt;img src=x&gt; &amp;amp;',
    ],
    ['line breaks become one space: no new block can start', 'x\n<!--\n# h', 'x &lt;\\!-- \\# h'],
    ['a list or heading marker at the start', '- item', '\\- item'],
    ['numbered list marker', '1. one', '\\1. one'],
    ['control characters', 'a\u001b[2Jb', 'a\\\\x1b\\[2Jb'],
  ])('%s', (_name, given, want) => {
    expect(markdownText(given)).toBe(want);
  });
});

describe('markdownProse', () => {
  it('keeps emphasis and code spans, neutralises HTML outside them', () => {
    expect(markdownProse('**Bold** `<b>` <script>x</script>')).toBe('**Bold** `<b>` &lt;script&gt;x&lt;/script&gt;');
  });

  it('a code span spanning lines is joined to one line, so `<!--` cannot start a block', () => {
    expect(markdownProse('see `a\n<!-- b` then')).toBe('see `a <!-- b` then');
  });
});

describe('markdownFence and markdownUrl', () => {
  it('the fence outlasts any backtick run; a hostile language tag is dropped', () => {
    expect(markdownFence('````\nx', 'json\n<!--')).toBe('`````\n````\nx\n`````');
  });

  it('a link target cannot end the link early', () => {
    expect(markdownUrl('events/a b).md')).toBe('events/a%20b%29.md');
  });
});
