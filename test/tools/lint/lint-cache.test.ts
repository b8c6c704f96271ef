import { appendFileSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../../scripts/core/errors.js';
import { buildDocs } from '../../../scripts/tools/docs/build-docs.js';
import { checkExamples } from '../../../scripts/tools/lint/example-check.js';
import { openSlot } from '../../../scripts/tools/lint/lint-cache.js';
import { type LintOptions, lintSpec } from '../../../scripts/tools/lint/lint-spec.js';
import { DEFAULT_CONFIG, runRedoclyLint } from '../../../scripts/tools/lint/redocly.js';
import { runCli } from '../../helpers/cli.js';
import { minimalSpec, tempDir, writeFiles } from '../../helpers/temp-spec.js';

// The real Redocly run and example check, counted: a cache hit must call neither.
vi.mock('../../../scripts/tools/lint/redocly.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../scripts/tools/lint/redocly.js')>();
  return { ...actual, runRedoclyLint: vi.fn(actual.runRedoclyLint) };
});
vi.mock('../../../scripts/tools/lint/example-check.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../scripts/tools/lint/example-check.js')>();
  return { ...actual, checkExamples: vi.fn(actual.checkExamples) };
});
const runs = () => [vi.mocked(runRedoclyLint).mock.calls.length, vi.mocked(checkExamples).mock.calls.length];

const CONFIG = readFileSync(DEFAULT_CONFIG, 'utf8');
/** A root file and a `$ref`'d schema; one Redocly finding (no description) and one of ours (bad example). */
const FILES = {
  'redocly.yaml': CONFIG,
  'openapi.yaml': minimalSpec({ schema: { $ref: './schemas/Thing.yaml' }, example: { id: 7 } }),
  'schemas/Thing.yaml': { type: 'object', description: 'A thing.', properties: { id: { type: 'string' }, n: { type: 'integer' } } },
};

/**
 * The files, dated an hour ago: a file touched just before a run might have changed during it, so its
 * result is not stored (see CLOCK_MARGIN_MS).
 */
function project(files: Record<string, string | object> = FILES): string {
  const dir = writeFiles(files);
  const past = new Date(Date.now() - 3_600_000);
  for (const path of Object.keys(files)) utimesSync(join(dir, path), past, past);
  return dir;
}

let cacheDir: string;
let lint: (dir: string, options?: LintOptions) => ReturnType<typeof lintSpec>;

beforeEach(() => {
  vi.clearAllMocks();
  cacheDir = tempDir('wc-lint-cache-');
  lint = (dir, options = {}) => lintSpec(join(dir, 'openapi.yaml'), { cacheDir, ...options });
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('lint cache', () => {
  it('returns the stored findings, byte for byte, without running Redocly or the example check', async () => {
    const dir = project();
    const first = await lint(dir);
    expect(first.findings.map((f) => f.id)).toEqual(['webhook-example-valid', 'rule/property-description', 'rule/property-description']);
    expect(first.cached).toBeUndefined();
    expect(runs()).toEqual([1, 1]);
    const second = await lint(dir);
    expect(runs()).toEqual([1, 1]);
    expect(second.cached).toBe(true);
    expect(JSON.stringify(second.findings)).toBe(JSON.stringify(first.findings));
    expect([second.errors, second.warnings]).toEqual([first.errors, first.warnings]);
  });

  it('keys on content, not dates: a touched but unchanged file is still a hit', async () => {
    const dir = project();
    await lint(dir);
    const now = new Date();
    utimesSync(join(dir, 'schemas/Thing.yaml'), now, now);
    expect((await lint(dir)).cached).toBe(true);
  });

  const changes: Array<[string, { change: (dir: string) => void; options?: LintOptions }]> = [
    ['the root file changes', { change: (dir) => appendFileSync(join(dir, 'openapi.yaml'), '# edited\n') }],
    ["a $ref'd file changes", { change: (dir) => appendFileSync(join(dir, 'schemas/Thing.yaml'), '# edited\n') }],
    ['the Redocly config changes', { change: (dir) => appendFileSync(join(dir, 'redocly.yaml'), '# edited\n') }],
    ["Redocly's ignore file appears", { change: (dir) => writeFileSync(join(dir, '.redocly.lint-ignore.yaml'), '{}\n') }],
    ['--compat changes', { change: () => {}, options: { compat: ['nullable'] } }],
    ['the cache is off (cache: false)', { change: () => {}, options: { cache: false } }],
  ];
  it.each(changes)('runs the lint again when %s', async (_name, { change, options }) => {
    const dir = project();
    await lint(dir);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    change(dir);
    const again = await lint(dir, options);
    expect(again.cached).toBeUndefined();
    expect(runs()).toEqual([2, 2]);
  });

  it('runs the lint again with WEBHOOK_CONTRACTS_CACHE=off', async () => {
    const dir = project();
    await lint(dir);
    vi.stubEnv('WEBHOOK_CONTRACTS_CACHE', 'off');
    try {
      expect((await lint(dir)).cached).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
    expect(runs()).toEqual([2, 2]);
  });

  const uncacheable: Array<[string, Record<string, string>]> = [
    ['plugins', { 'redocly.yaml': `${CONFIG}plugins: ['./plugin.cjs']\n`, 'plugin.cjs': 'module.exports = () => ({ id: "local" });\n' }],
    [
      'extends a local file',
      { 'redocly.yaml': CONFIG.replace('- recommended', '- recommended\n  - ./base.yaml'), 'base.yaml': 'rules: {}\n' },
    ],
  ];
  it.each(uncacheable)('never caches a config with %s (it loads code or files the key cannot see)', async (_name, config) => {
    const dir = project({ ...FILES, ...config });
    await lint(dir);
    const again = await lint(dir);
    expect(again.cached).toBeUndefined();
    expect(runs()).toEqual([2, 2]);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('treats a corrupt cache file as a miss, then replaces it', async () => {
    const dir = project();
    await lint(dir);
    const [entry] = readdirSync(cacheDir);
    for (const garbage of ['{"key": tru', '{"key":"x","files":{},"result":{}}', '\u0000\u0001']) {
      writeFileSync(join(cacheDir, entry as string), garbage);
      expect((await lint(dir)).cached).toBeUndefined();
    }
    expect(runs()).toEqual([4, 4]);
    expect((await lint(dir)).cached).toBe(true);
  });

  it('keeps specs at different paths apart, even with the same content', async () => {
    const [a, b] = [project(), project()];
    await lint(a);
    expect((await lint(b)).cached).toBeUndefined();
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it('does not store a result when a spec file changed while the lint ran', async () => {
    const dir = project();
    const actual = vi.mocked(runRedoclyLint).getMockImplementation();
    vi.mocked(runRedoclyLint).mockImplementationOnce(async (...args) => {
      appendFileSync(join(dir, 'schemas/Thing.yaml'), '# saved during the run\n');
      return (actual as typeof runRedoclyLint)(...args);
    });
    await lint(dir);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('does not store a run in which Redocly failed', async () => {
    const dir = project();
    vi.mocked(runRedoclyLint).mockRejectedValueOnce(new InputError('Redocly lint failed: boom'));
    await expect(lint(dir)).rejects.toThrow('Redocly lint failed: boom');
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe('lint cache, seen from the CLI and the docs pipeline (default cache folder)', () => {
  let dir: string;
  let spec: string;
  beforeEach(() => {
    dir = project();
    spec = join(dir, 'openapi.yaml');
  });
  afterEach(() => {
    const slot = openSlot(spec, join(dir, 'redocly.yaml'), []);
    if (slot) rmSync(slot.file, { force: true });
  });

  it('lint notes a cached result on stderr; --no-cache runs it again', async () => {
    const first = await runCli(['lint', '--spec', spec]);
    const second = await runCli(['lint', '--spec', spec]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(`lint: result from cache (inputs unchanged); --no-cache to re-run\n${first.stderr}`);
    const third = await runCli(['lint', '--spec', spec, '--no-cache']);
    expect(third.stderr).toBe(first.stderr);
    expect(runs()).toEqual([2, 2]);
  });

  it('the docs progress line for lint says (cached)', async () => {
    const details = async (cache?: boolean) => {
      const result = await buildDocs({ specPath: spec, outDir: join(tempDir(), 'docs'), strict: false, cache });
      return result.steps.find((s) => s.step === 'lint')?.detail;
    };
    expect(await details()).toBe('3 error(s), 0 warning(s)');
    expect(await details()).toBe('3 error(s), 0 warning(s) (cached)');
    expect(await details(false)).toBe('3 error(s), 0 warning(s)');
  });
});
