import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_SPEC } from '../../scripts/core/spec/default-spec.js';
import { runCli } from '../helpers/cli.js';
import { minimalSpec, REPO_SPEC_DIR, tempDir, writeFiles } from '../helpers/temp-spec.js';

/**
 * Bad input across every command: each case prints exactly one line naming what and where, exits 2,
 * prints no stack trace, writes or changes no file, and pollutes no prototype.
 */
let ws = '';
const at = (path: string) => join(ws, path);

beforeAll(() => {
  ws = tempDir('wc-bad-');
  cpSync(REPO_SPEC_DIR, at('openapi'), { recursive: true });
  const n = 100_000;
  const files: Record<string, string | Buffer> = {
    'broken.yaml': 'openapi: 3.1.0\ninfo:\n  title: [unclosed\nwebhooks: {}\n',
    'broken.json': '{"openapi": "3.1.0", "info": {"title": "t",}}',
    'v30.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\n',
    'empty.yaml': '',
    'blank.yaml': '   \n\n',
    'binary.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x02]),
    'latin1.yaml': Buffer.from('openapi: 3.1.0\ninfo: {title: caf\xe9}\n', 'latin1'),
    'bomb.yaml': `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
    'deep-spec.json': `{"openapi":"3.1.0","x":${'['.repeat(n)}${']'.repeat(n)}}`,
    'proto-spec.yaml':
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nwebhooks: {}\n',
    'payload-deep.json': `${'['.repeat(n)}${']'.repeat(n)}`,
    'payload-bad.json': '{"customer": ',
    'payload-empty.json': '',
    'payload-latin1.json': Buffer.from('{"name": "caf\xe9"}', 'latin1'),
    'pacts/malformed.json': '{"consumer": {"name": "x"}, "interactions": [',
    'pacts-empty/.keep': '',
    'not-a-dir': 'plain file',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(at(path)), { recursive: true });
    writeFileSync(at(path), content);
  }
  // Item 14.2: a symlink inside the spec folder leading out of it (to a file, to a folder).
  const spec = (ref: string) => stringify(minimalSpec({ schema: { $ref: ref } }));
  const secret = stringify({ type: 'object', description: 'SECRET from outside the spec folder' });
  writeFiles(
    {
      'outside/body.yaml': secret,
      'linked/openapi.yaml': spec('./body.yaml'),
      'linked-dir/openapi.yaml': spec('./schemas/body.yaml'),
      // Item 14.3: a chain of references that comes back to its start.
      'cycle/openapi.yaml': spec('./A.yaml'),
      'cycle/A.yaml': '$ref: ./B.yaml\n',
      'cycle/B.yaml': '$ref: ./A.yaml\n',
      'self-ref.yaml': stringify(
        minimalSpec({
          schema: { $ref: '#/components/schemas/A' },
          extra: { components: { schemas: { A: { $ref: '#/components/schemas/A' } } } },
        }),
      ),
      'dup.json': '{\n  "openapi": "3.1.0",\n  "info": {"title": "t", "version": "1",\n    "title": "again"},\n  "webhooks": {}\n}\n',
      'bad-redocly.yaml': 'extends: [\n',
    },
    ws,
  );
  symlinkSync(at('outside/body.yaml'), at('linked/body.yaml'));
  symlinkSync(at('outside'), at('linked-dir/schemas'));
  writeFileSync(at('huge.yaml'), '');
  truncateSync(at('huge.yaml'), 65 * 1024 * 1024); // sparse: refused by size before it is read
});

const SPEC = DEFAULT_SPEC;
// Outside the workspace (whose files the test reads to prove nothing changed): a FIFO would block that read.
const SPECIALS = tempDir('wc-bad-special-');
const FIFO = join(SPECIALS, 'fifo.yaml');
execFileSync('mkfifo', [FIFO]);
const ESCAPED = 'nope\u001b[2J\n.yaml';
const LINK_ESCAPE =
  /linked\/openapi\.yaml:\d+:\d+: \$ref "\.\/body\.yaml" leads through a symlink to \/.*outside\/body\.yaml, outside the spec's folder/;
const CYCLE =
  /cycle\/A\.yaml:1:7: \$ref cycle: \S*cycle\/A\.yaml → \S*cycle\/B\.yaml → \S*cycle\/A\.yaml \(each is only a reference to the next\)/;
const EVENT = 'customer.reward_redemptions.completed';

// [name, args (paths relative to the workspace are made absolute by `abs`), the one line wanted]
const cases: Array<[string, string[], RegExp]> = [
  ['lint: broken YAML', ['lint', '--spec', 'broken.yaml'], /broken\.yaml:4:\d+: YAML\/JSON syntax error/],
  ['lint: broken JSON', ['lint', '--spec', 'broken.json'], /broken\.json:1:\d+: YAML\/JSON syntax error/],
  ['lint: OpenAPI 3.0', ['lint', '--spec', 'v30.yaml'], /v30\.yaml:1:\d+: not an OpenAPI 3\.1 document \(it declares "3\.0\.3"\)/],
  ['lint: missing file', ['lint', '--spec', 'nope.yaml'], /nope\.yaml: cannot read spec file: no such file/],
  [
    'lint: a path under a plain file',
    ['lint', '--spec', 'not-a-dir/openapi.yaml'],
    /cannot read spec file: a parent of the path is not a directory/,
  ],
  ['lint: a directory', ['lint', '--spec', 'openapi'], /openapi: is a directory, not a spec file/],
  ['lint: empty file', ['lint', '--spec', 'empty.yaml'], /empty\.yaml: spec file is empty/],
  ['lint: whitespace only', ['lint', '--spec', 'blank.yaml'], /blank\.yaml: spec file is empty/],
  ['lint: binary file', ['lint', '--spec', 'binary.yaml'], /binary\.yaml: spec file is binary/],
  ['lint: non-UTF-8', ['lint', '--spec', 'latin1.yaml'], /latin1\.yaml: spec file is not valid UTF-8 text/],
  ['lint: huge file', ['lint', '--spec', 'huge.yaml'], /huge\.yaml: spec file is 68157440 bytes, over the 67108864-byte limit/],
  ['lint: YAML alias bomb', ['lint', '--spec', 'bomb.yaml'], /bomb\.yaml: cannot expand YAML: .*alias/i],
  ['lint: 100,000 levels of nesting', ['lint', '--spec', 'deep-spec.json'], /deep-spec\.json:1: nesting is deeper than 512 levels/],
  ['lint: __proto__ and constructor keys', ['lint', '--spec', 'proto-spec.yaml'], /proto-spec\.yaml: the spec has no `webhooks`/],
  ['bundle: broken YAML', ['bundle', '--spec', 'broken.yaml', '--out', 'out.json'], /broken\.yaml:4:\d+: YAML\/JSON syntax error/],
  ['bundle: --out is a directory', ['bundle', '--spec', SPEC, '--out', 'openapi'], /openapi: .*directory/i],
  ['bundle: bad --format', ['bundle', '--format', 'xml'], /--format must be one of json, yaml, not "xml"/],
  ['types: OpenAPI 3.0', ['types', '--spec', 'v30.yaml', '--out', 'types.ts'], /not an OpenAPI 3\.1 document/],
  ['types: --out not .ts', ['types', '--out', 'types.txt'], /--out must name a \.ts file/],
  [
    'validate: unknown event type',
    ['validate', '--spec', SPEC, '--event', 'no.such.event', 'payload-bad.json'],
    /unknown event type "no\.such\.event".*customer\.reward_redemptions\.completed/,
  ],
  ['validate: missing payload file', ['validate', '--spec', SPEC, '--event', EVENT, 'nope.json'], /nope\.json: cannot read/],
  [
    'validate: malformed JSON payload',
    ['validate', '--spec', SPEC, '--event', EVENT, 'payload-bad.json'],
    /payload-bad\.json.*(JSON|json)/,
  ],
  ['validate: empty payload', ['validate', '--spec', SPEC, '--event', EVENT, 'payload-empty.json'], /payload-empty\.json.*empty/],
  ['validate: non-UTF-8 payload', ['validate', '--spec', SPEC, '--event', EVENT, 'payload-latin1.json'], /payload-latin1\.json.*UTF-8/],
  [
    'validate: 100,000 levels of nesting',
    ['validate', '--spec', SPEC, '--event', EVENT, 'payload-deep.json'],
    /payload-deep\.json.*nesting is deeper than 512 levels/,
  ],
  [
    'validate: a folder without payloads',
    ['validate', '--spec', SPEC, '--event', EVENT, 'openapi'],
    /openapi: no payload files in this folder/,
  ],
  ['diff: a git ref that does not exist', ['diff', 'no-such-ref:openapi/openapi.yaml', SPEC], /git ref "no-such-ref" does not exist/],
  ['diff: a missing base file', ['diff', 'nope.yaml', SPEC], /nope\.yaml: cannot read spec file: no such file/],
  ['diff: an invalid head spec', ['diff', SPEC, 'v30.yaml'], /v30\.yaml:1:\d+: not an OpenAPI 3\.1 document/],
  ['diff: bad --fail-on', ['diff', SPEC, SPEC, '--fail-on', 'sometimes'], /--fail-on must be one of/],
  ['verify: no pacts', ['verify', '--spec', SPEC, '--pacts', 'no-pacts'], /no-pacts: no such pact file or folder/],
  ['verify: an empty pact folder', ['verify', '--spec', SPEC, '--pacts', 'pacts-empty'], /pacts-empty.*no pact/i],
  ['verify: a malformed pact file', ['verify', '--spec', SPEC, '--pacts', 'pacts/malformed.json'], /malformed\.json.*(JSON|json)/],
  [
    'check-pacts: a malformed pact file',
    ['check-pacts', '--spec', SPEC, '--pacts', 'pacts/malformed.json'],
    /malformed\.json.*(JSON|json)/,
  ],
  ['verify-receiver: no --url', ['verify-receiver', '--spec', SPEC], /--url URL is required/],
  ['verify-receiver: not a URL', ['verify-receiver', '--spec', SPEC, '--url', 'notaurl'], /"notaurl" is not a URL/],
  [
    'verify-receiver: port 1 is one line, not one per payload',
    ['verify-receiver', '--spec', SPEC, '--url', 'http://127.0.0.1:1/x', '--secret', 's'],
    /--url: cannot connect to http:\/\/127\.0\.0\.1:1\/x: connection refused/,
  ],
  [
    'verify-receiver: a bad --idempotency-key is blamed on itself',
    ['verify-receiver', '--spec', SPEC, '--url', 'http://127.0.0.1:1/x', '--secret', 's', '--idempotency-key', 'id'],
    /^webhook-contracts verify-receiver: error: --idempotency-key: "id" is not a JSON pointer/,
  ],
  [
    'verify-receiver: a credential the spec does not call for',
    ['verify-receiver', '--spec', SPEC, '--url', 'http://127.0.0.1:1/x', '--basic-auth', 'u:p'],
    /--basic-auth: the spec does not call for HTTP basic auth; it declares an HMAC signature \(X-Voucherify-Signature, preset voucherify\)/,
  ],
  ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  // Issue 14, item 2: symlinks leading out of the spec folder.
  ['lint: a symlinked file outside the spec folder', ['lint', '--spec', 'linked/openapi.yaml'], LINK_ESCAPE],
  ['bundle: a symlinked file outside the spec folder', ['bundle', '--spec', 'linked/openapi.yaml', '--out', 'out.json'], LINK_ESCAPE],
  ['docs: a symlinked file outside the spec folder', ['docs', '--spec', 'linked/openapi.yaml', '--out', 'docs-out'], LINK_ESCAPE],
  [
    'validate: a symlinked file outside the spec folder',
    ['validate', '--spec', 'linked/openapi.yaml', '--event', 'thing.happened', 'payload-bad.json'],
    LINK_ESCAPE,
  ],
  ['diff: a symlinked file outside the spec folder', ['diff', SPEC, 'linked/openapi.yaml'], LINK_ESCAPE],
  [
    'lint: a symlinked folder outside the spec folder',
    ['lint', '--spec', 'linked-dir/openapi.yaml'],
    /linked-dir\/openapi\.yaml:\d+:\d+: \$ref "\.\/schemas\/body\.yaml" leads through a symlink to \/.*outside\/body\.yaml/,
  ],
  // Item 3: a $ref cycle is one line, exit 2, for every command that loads the spec.
  ['lint: a $ref cycle', ['lint', '--spec', 'cycle/openapi.yaml'], CYCLE],
  ['bundle: a $ref cycle', ['bundle', '--spec', 'cycle/openapi.yaml', '--out', 'out.json'], CYCLE],
  ['types: a $ref cycle', ['types', '--spec', 'cycle/openapi.yaml', '--out', 'types.ts'], CYCLE],
  ['validate: a $ref cycle', ['validate', '--spec', 'cycle/openapi.yaml', '--event', 'thing.happened', 'payload-bad.json'], CYCLE],
  ['verify: a $ref cycle', ['verify', '--spec', 'cycle/openapi.yaml'], CYCLE],
  [
    'bundle: a schema that is only a reference to itself',
    ['bundle', '--spec', 'self-ref.yaml', '--out', 'out.json'],
    /self-ref\.yaml:\d+:\d+: \$ref cycle: \S*self-ref\.yaml#\/components\/schemas\/A → \S*self-ref\.yaml#\/components\/schemas\/A/,
  ],
  // Item 4: --out never replaces what is not a regular file.
  [
    'bundle: --out a device',
    ['bundle', '--spec', SPEC, '--out', '/dev/full'],
    /\/dev\/full: is a device, not a regular file: cannot write the output there/,
  ],
  [
    'bundle: --out a FIFO',
    ['bundle', '--spec', SPEC, '--out', FIFO],
    /fifo\.yaml: is a FIFO, not a regular file: cannot write the output there/,
  ],
  // Item 5: inputs that never end or block.
  ['lint: --spec /dev/zero', ['lint', '--spec', '/dev/zero'], /\/dev\/zero: is a device, not a regular file: refused as a spec file/],
  ['lint: --spec a FIFO', ['lint', '--spec', FIFO], /fifo\.yaml: is a FIFO \(named pipe\), not a regular file: refused as a spec file/],
  [
    'validate: a payload from /dev/zero',
    ['validate', '--spec', SPEC, '--event', EVENT, '/dev/zero'],
    /\/dev\/zero: is a device, not a regular file: refused as a payload file/,
  ],
  ['lint: --config a FIFO', ['lint', '--spec', SPEC, '--config', FIFO], /fifo\.yaml: config is not a regular file/],
  // Item 10: small mis-statements.
  [
    'diff: --today not a calendar date',
    ['diff', SPEC, SPEC, '--today', '2024-13-45'],
    /--today must be a real date as YYYY-MM-DD, not "2024-13-45"/,
  ],
  [
    'lint: an error in the --config file',
    ['lint', '--spec', SPEC, '--config', 'bad-redocly.yaml'],
    /bad-redocly\.yaml:2:1: Redocly cannot use this config: deficient indentation/,
  ],
  ['lint: duplicate keys in a JSON spec', ['lint', '--spec', 'dup.json'], /dup\.json:4:5: duplicate key "title" in one object/],
  [
    'lint: escape codes and a newline in a path',
    ['lint', '--spec', ESCAPED],
    /nope\\x1b\[2J\\n\.yaml: cannot read spec file: no such file/,
  ],
  ['unknown option', ['lint', '--frobnicate'], /Unknown option '--frobnicate'/],
];

const ABSOLUTE = new Set(['--spec', '--out', '--pacts', '--config']);
function abs(args: string[]): string[] {
  return args.map((arg, i) => {
    const previous = args[i - 1] ?? '';
    const isPath =
      ABSOLUTE.has(previous) ||
      (!arg.startsWith('-') &&
        i > 0 &&
        !ABSOLUTE.has(arg) &&
        !['--event', '--format', '--fail-on', '--url', '--secret', '--basic-auth', '--idempotency-key', '--today'].includes(previous));
    if (!isPath) return arg;
    return /^[\w-]+:/.test(arg) || arg.startsWith('/') ? arg : at(arg); // a GITREF:PATH, an absolute path stay as they are
  });
}

function fingerprint(dir: string): string {
  const entries: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else
        entries.push(
          `${relative(dir, full)} ${stat.size} ${stat.size < 1_000_000 ? createHash('sha1').update(readFileSync(full)).digest('hex') : ''}`,
        );
    }
  };
  walk(dir);
  return entries.join('\n');
}

describe('bad input across the CLI', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (_name, args, want) => {
    const before = fingerprint(ws);
    const cwd = process.cwd();
    const result = await runCli(abs(args));
    expect(process.cwd()).toBe(cwd);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+\)?$|internal error/);
    expect(lines[0]).toMatch(want);
    expect(result.code).toBe(2);
    expect(fingerprint(ws)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a payload with __proto__ and constructor keys is plain data: reported, not obeyed', async () => {
    writeFileSync(at('proto-payload.json'), '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    const result = await runCli(['validate', '--spec', at(SPEC), '--event', EVENT, '--format', 'json', at('proto-payload.json')]);
    expect(result.code).toBe(1);
    const [first] = JSON.parse(result.stdout).results;
    expect(first.findings).toContainEqual(
      expect.objectContaining({
        id: 'payload-invalid',
        message: 'is required but missing',
        location: expect.objectContaining({ pointer: '/customer' }),
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
