import { createHash } from 'node:crypto';

/** Where the rendered page gets its Content-Security-Policy (a comment in our Redoc template). */
export const CSP_PLACEHOLDER = '<!--webhook-contracts:csp-->';

/** Assets Redoc would load from its CDN at run time, and what they become in an offline page. */
const REWRITES: Array<[RegExp, string]> = [
  // The "API docs by Redocly" logo (the badge itself is hidden by the template's CSS).
  [/https:\/\/cdn\.redoc\.ly\/redoc\/[^`"'\s)]*\.svg/g, 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E'],
  // Icon packs (Font Awesome, code icons): drawn as empty images rather than fetched.
  [/https:\/\/cdn\.redocly\.com\/icons\/[^`"'\s)]*/g, 'data:image/svg+xml,'],
];

/**
 * Makes a page rendered by `redocly build-docs --inlineBundle` fully self-contained: CDN assets rewritten,
 * and a Content-Security-Policy that allows only the page's own inline scripts (by hash), inline styles and
 * `data:`/`blob:` URLs, so that nothing, not even Redoc's telemetry or HTML smuggled into a description,
 * can make a request or run a script. Throws when the page still names an asset it would fetch.
 */
export function makeOffline(html: string): string {
  let page = html;
  for (const [pattern, replacement] of REWRITES) page = page.replace(pattern, replacement);
  if (!page.includes(CSP_PLACEHOLDER)) throw new Error('the Redoc template lost its CSP placeholder');
  const hashes = inlineScripts(page).map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  const policy = [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'worker-src blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  page = page.replace(CSP_PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  const remote = remoteFetches(page);
  if (remote.length > 0) throw new Error(`the rendered page would still fetch ${remote.slice(0, 3).join(', ')}`);
  return page;
}

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].map((m) => m[1] ?? '');
}

/** URLs the browser would load by itself: asset attributes, CSS `url()`/`@import`, and Redoc's CDN hosts. */
export function remoteFetches(html: string): string[] {
  const markup = html.replace(SCRIPT, '');
  const found = [
    ...[...markup.matchAll(/<(?!a\b)[a-z][\w-]*\b[^>]*?\s(?:src|srcset|href|poster|data)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map(
      (m) => m[1],
    ),
    ...[...html.matchAll(/(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi)].map((m) => m[1]),
    ...[...html.matchAll(/https?:\/\/cdn\.redoc(?:ly\.com|\.ly)\/[^`"'\s)]*/g)].map((m) => m[0]),
  ];
  return [...new Set(found.filter((u): u is string => Boolean(u)))];
}
