import { describe, expect, it } from 'vitest';
import { blocks, cell, code, fenced, prose, splitCodeSpans, summaryBlock } from '../../../scripts/core/text/markdown-doc.js';

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

describe('blocks and summaries: Markdown from the spec rendered as Markdown, safely', () => {
  it.each([
    ['a one-line summary is bold', 'Sent when an order is paid.', '**Sent when an order is paid.**'],
    ['stars inside a bold summary are escaped', 'a *b* c', '**a \\*b\\* c**'],
    ['a summary wrapped on two lines is one bold line', 'Sent when\nan order is paid.', '**Sent when an order is paid.**'],
    ['several paragraphs stay paragraphs, not bold', 'First.\n\nSecond.', 'First.\n\nSecond.'],
    ['a GitHub alert stays an alert', '> [!NOTE]\n> Sent twice on retries.', '> [!NOTE]\n> Sent twice on retries.'],
    ['a nested quote keeps its markers', 'Intro.\n\n> > deep', 'Intro.\n\n> > deep'],
    ['raw HTML is still text', 'First.\n\n<img src=x onerror=alert(1)>', 'First.\n\n&lt;img src=x onerror=alert(1)&gt;'],
    ['a > inside a line is an entity', 'a\n\nb > c <d>', 'a\n\nb &gt; c &lt;d&gt;'],
    ['a quote marker never opens HTML', '> <script>x</script>', '> &lt;script&gt;x&lt;/script&gt;'],
    ['a code span cannot carry a line into a quote', 'a\n\n`x\n> <b>` y', 'a\n\n`x > <b>` y'],
  ])('%s', (_name, given, want) => {
    expect(summaryBlock(given)).toBe(want);
  });

  it('keeps quotes in descriptions', () => {
    expect(blocks('Text.\n\n> [!WARNING]\n> Deprecated soon.')).toBe('Text.\n\n> [!WARNING]\n> Deprecated soon.');
  });
});
