import { describe, expect, it } from 'vitest';
import { cell, code, fenced, prose, splitCodeSpans } from '../../../scripts/core/text/markdown.js';

describe('cell', () => {
  it.each([
    ['plain text', { given: 'A field.', want: 'A field.' }],
    ['pipe outside code', { given: 'a | b', want: 'a \\| b' }],
    ['pipe inside code (GFM needs it escaped there too)', { given: 'use `a|b`', want: 'use `a\\|b`' }],
    ['single newline joins', { given: 'one\ntwo', want: 'one two' }],
    ['blank line becomes a break', { given: 'one\n\ntwo', want: 'one<br><br>two' }],
    ['raw html is text', { given: 'x <img src=x onerror=alert(1)> y', want: 'x &lt;img src=x onerror=alert(1)&gt; y' }],
    ['script tag is text', { given: '<script>alert(1)</script>', want: '&lt;script&gt;alert(1)&lt;/script&gt;' }],
    ['html inside code stays code', { given: '`<b>`', want: '`<b>`' }],
    ['unclosed backtick is literal', { given: 'a ` <b>', want: 'a ` &lt;b&gt;' }],
    ['undefined', { given: undefined, want: '' }],
  ])('%s', (_name, { given, want }) => {
    expect(cell(given)).toBe(want);
  });
});

describe('code spans and fences', () => {
  it.each([
    ['simple', { given: 'a.b', want: '`a.b`' }],
    ['with a backtick', { given: 'a`b', want: '`` a`b ``' }],
  ])('code: %s', (_name, { given, want }) => {
    expect(code(given)).toBe(want);
  });

  it('splits code spans of equal backtick length only', () => {
    expect(splitCodeSpans('a ``x`y`` b')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: '``x`y``' },
      { code: false, text: ' b' },
    ]);
  });

  it('fences content with a fence longer than any backtick run inside', () => {
    expect(fenced('{"a": "```"}', 'json')).toBe('````json\n{"a": "```"}\n````');
  });

  it('keeps prose Markdown but neutralises raw HTML', () => {
    expect(prose('**bold** <script>x</script>')).toBe('**bold** &lt;script&gt;x&lt;/script&gt;');
  });
});
