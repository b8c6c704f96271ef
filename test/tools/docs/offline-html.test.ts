import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP_PLACEHOLDER, makeOffline, remoteFetches } from '../../../scripts/tools/docs/offline-html.js';

const page = (body: string) => `<html><head>${CSP_PLACEHOLDER}</head><body>${body}</body></html>`;

describe('remoteFetches', () => {
  it.each([
    ['an image from a CDN', { given: '<img src="https://cdn.example/x.png">', want: ['https://cdn.example/x.png'] }],
    ['a stylesheet', { given: '<link rel="stylesheet" href="//fonts.example/a.css">', want: ['//fonts.example/a.css'] }],
    ['a CSS url()', { given: '<style>a{background:url("https://x.example/b.svg")}</style>', want: ['https://x.example/b.svg'] }],
    [
      "Redoc's CDN named in a script",
      { given: '<script>const u=`https://cdn.redocly.com/icons/fa`;</script>', want: ['https://cdn.redocly.com/icons/fa'] },
    ],
    ['a plain link is not a fetch', { given: '<a href="https://redocly.com/redoc/">x</a>', want: [] }],
    ['a URL inside a script string is not a fetch', { given: '<script>const doc="https://example.com/docs"</script>', want: [] }],
    ['data URLs are local', { given: '<img src="data:image/svg+xml,%3Csvg/%3E">', want: [] }],
  ])('%s', (_name, { given, want }) => {
    expect(remoteFetches(given)).toEqual(want);
  });
});

describe('makeOffline', () => {
  it("rewrites Redoc's CDN logo and icons, and pins the inline scripts by hash in a CSP", () => {
    const script = 'const logo=`https://cdn.redoc.ly/redoc/logo-mini.svg`;const icons={fa:`https://cdn.redocly.com/icons/fa/7.0.0`};';
    const html = makeOffline(page(`<script type="module">${script}</script>`));
    expect(html).not.toMatch(/cdn\.redoc/);
    const rewritten = html.match(/<script type="module">([\s\S]*?)<\/script>/)?.[1] as string;
    const hash = createHash('sha256').update(rewritten).digest('base64');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${hash}'; style-src`,
    );
    expect(html).toContain("connect-src 'none'");
  });

  it('refuses a page that would still fetch something', () => {
    expect(() => makeOffline(page('<img src="https://tracker.example/p.gif">'))).toThrow(
      'the rendered page would still fetch https://tracker.example/p.gif',
    );
  });

  it('refuses a template without the CSP slot', () => {
    expect(() => makeOffline('<html></html>')).toThrow('the Redoc template lost its CSP placeholder');
  });
});
