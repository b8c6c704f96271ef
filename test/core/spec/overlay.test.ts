import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { parsePath, selectPath } from '../../../scripts/core/spec/overlay-path.js';
import { readDeclarations } from '../../../scripts/core/spec/webhook-declarations.js';
import { runCli } from '../../helpers/cli.js';
import { start } from '../../helpers/receivers.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const SIGNING = `overlay: 1.0.0
info: { title: Declare the provider's signature, version: 1.0.0 }
actions:
  - target: $
    update:
      x-webhook-signature: github
  - target: $.webhooks['thing.happened'].post
    update:
      x-webhook-idempotency-key: /id
`;

describe('OpenAPI Overlay 1.0 on load', () => {
  const dir = writeFiles({ 'openapi.yaml': minimalSpec(), 'signing.overlay.yaml': SIGNING });
  const spec = `${dir}/openapi.yaml`;
  const overlay = `${dir}/signing.overlay.yaml`;

  it('adds a signature scheme and an idempotency key to an unmodified spec', async () => {
    const plain = await loadSpec(spec);
    expect(readDeclarations(plain, plain.events[0] as never).auth).toEqual([]);
    const overlaid = await loadSpec(spec, { overlays: [overlay] });
    const declared = readDeclarations(overlaid, overlaid.events[0] as never);
    expect(declared.auth.map((a) => (a.kind === 'hmac' ? a.scheme.preset : a.kind))).toEqual(['github']);
    expect(declared.idempotencyKey).toBe('/id');
  });

  it('merges objects, appends to lists, removes, in the order of the files', async () => {
    const more = writeFiles({
      'a.yaml': `overlay: 1.0.0
info: { title: a, version: '1' }
actions:
  - target: $.webhooks.*.post.responses
    update: { '410': { description: Gone } }
  - target: $.webhooks['thing.happened'].post.tags
    remove: true
  - target: $.info
    update: { x-list: [1] }
`,
      'b.yaml': `overlay: 1.0.0
info: { title: b, version: '1' }
actions:
  - target: $.info.x-list
    update: 2
`,
    });
    const base = minimalSpec({ operation: { tags: ['t'] } });
    const s = await loadSpec(`${writeFiles({ 'openapi.yaml': base })}/openapi.yaml`, { overlays: [`${more}/a.yaml`, `${more}/b.yaml`] });
    const op = (s.document.webhooks as Record<string, { post: Record<string, unknown> }>)['thing.happened']?.post ?? {};
    expect(Object.keys(op.responses as object).sort()).toEqual(['2XX', '410']);
    expect(op.tags).toBeUndefined();
    expect((s.document.info as unknown as Record<string, unknown>)['x-list']).toEqual([1, 2]);
  });

  it('every command that reads a spec honours it: the --secret refused without it is sent with it', async () => {
    const { url, stop } = await start(createServer((_q, s) => s.writeHead(401).end()));
    stops.push(stop);
    const without = await runCli(['verify-receiver', '--spec', spec, '--url', url, '--secret', 's']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain(
      'drop --secret, or declare x-webhook-signature: standard-webhooks (or voucherify, github, stripe, or every field) at the spec root; for a spec you do not own, add it with an overlay (--overlay FILE), see docs/guides/authentication.md',
    );
    const withOverlay = await runCli(['verify-receiver', '--spec', spec, '--overlay', overlay, '--url', url, '--secret', 's']);
    expect(withOverlay.code).toBe(1);
    expect(withOverlay.stdout).toMatch(/^1 × 401: the credentials were refused/);
    const bundled = await runCli(['bundle', '--spec', spec, '--overlay', overlay]);
    expect(JSON.parse(bundled.stdout)['x-webhook-signature']).toBe('github');
    for (const args of [['validate', '--event', 'thing.happened', '-'], ['verify', '--list-variants'], ['lint']]) {
      const result = await runCli([...args, '--spec', spec, '--overlay', `${dir}/missing.yaml`], '{"id":"x"}');
      expect([args[0], result.code, result.stderr]).toEqual([args[0], 2, expect.stringMatching(/missing\.yaml: cannot read overlay file/)]);
    }
    const docs = await runCli(['docs', '--spec', spec, '--overlay', overlay]);
    expect([docs.code, docs.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(docs.stderr).toMatch(/--overlay: docs reads the spec's own files .*\(bundle first/);
  });

  it.each([
    [
      'an overlay of another version',
      'overlay: 2.0.0\ninfo: { title: x, version: "1" }\nactions: [{ target: $, update: {} }]\n',
      /bad\.yaml:1:\d+: not an Overlay 1\.0 document: `overlay` must be "1\.0\.0"/,
    ],
    [
      'no actions',
      'overlay: 1.0.0\ninfo: { title: x, version: "1" }\n',
      /bad\.yaml:1:1: not an Overlay 1\.0 document: `actions` must be a non-empty list/,
    ],
    [
      'a target matching nothing',
      "overlay: 1.0.0\ninfo: { title: x, version: '1' }\nactions:\n  - target: $.webhooks['thing.hapened'].post\n    update: { x-a: 1 }\n",
      /bad\.yaml:4:\d+: overlay target \$\.webhooks\['thing\.hapened'\]\.post matches nothing in the spec/,
    ],
    [
      'a filter expression',
      "overlay: 1.0.0\ninfo: { title: x, version: '1' }\nactions:\n  - target: $.webhooks[?(@.post)]\n    remove: true\n",
      /bad\.yaml:4:\d+: target "\$\.webhooks\[\?\(@\.post\)\]": filter expressions are not supported at character 11 \(supported JSONPath: /,
    ],
    [
      'an update on a value',
      "overlay: 1.0.0\ninfo: { title: x, version: '1' }\nactions:\n  - target: $.openapi\n    update: { a: 1 }\n",
      /bad\.yaml:4:\d+: an update applies to an object \(merged\) or a list \(appended to\)/,
    ],
  ])('refuses %s with exit 2, file:line, one line', async (_name, text, message) => {
    const bad = writeFiles({ 'bad.yaml': text });
    const result = await runCli(
      ['validate', '--spec', spec, '--overlay', `${bad}/bad.yaml`, '--event', 'thing.happened', '-'],
      '{"id":"x"}',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the JSONPath subset of overlay targets', () => {
  const doc = { a: { 'b.c': [10, 20], d: { e: 1 } }, f: [{ g: 1 }, { g: 2 }] };
  it.each([
    ['$', [doc]],
    ['$.a.d.e', [1]],
    ["$.a['b.c'][1]", [20]],
    ['$["a"]["d"]', [{ e: 1 }]],
    ['$.f[*].g', [1, 2]],
    ['$.a.*', [[10, 20], { e: 1 }]],
    ['$.a.missing', []],
    ['$.f[5]', []],
  ])('%s', (path, want) => {
    expect(selectPath(doc, parsePath(path, 'here')).map((m) => m.value)).toEqual(want);
  });
  it.each([
    ['a.b', /must start with \$/],
    ['$..a', /recursive descent \(\.\.\) is not supported/],
    ['$.a[', /unexpected bracket expression/],
  ])('refuses %s', (path, message) => {
    expect(() => parsePath(path, 'here')).toThrow(message);
  });
});
