import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { jsCommentText, jsPropertyKey, jsString } from '../../../scripts/core/text/code-string.js';

describe('jsString', () => {
  it.each([
    ['a quote that would end a single-quoted literal', "x'); process.exit(1); ('"],
    ['a double quote and a backslash', 'a"b\\c'],
    ['a newline', 'a\nb'],
    ['U+2028 and U+2029', 'a\u2028b\u2029c'],
    ['a closing script tag', '</script><script>alert(1)</script>'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the hostile input
    ['a template literal', '${process.exit(1)}`'],
  ])('%s: evaluates back to the same string, nothing else runs', (_name, given) => {
    const literal = jsString(given);
    expect(literal).not.toMatch(/[\n\u2028\u2029<]/);
    expect(runInNewContext(`(${literal})`)).toBe(given);
  });

  it('replaces a lone surrogate', () => {
    expect(runInNewContext(`(${jsString('a\uD800')})`)).toBe('a\uFFFD');
  });
});

describe('jsPropertyKey and jsCommentText', () => {
  it('quotes a key that is not an identifier', () => {
    expect(jsPropertyKey('voucher')).toBe('voucher');
    expect(jsPropertyKey('a-b')).toBe('"a-b"');
  });

  it('a comment cannot be closed from inside', () => {
    expect(jsCommentText('x */ evil()\n// y')).toBe('x *\\/ evil() // y');
  });
});
