import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../scripts/core/errors.js';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { buildDocs, bundledJson, htmlInput } from '../../../scripts/tools/docs/build-docs.js';
import { DocsStepError } from '../../../scripts/tools/docs/docs-step-error.js';
import { minimalSpec, tempDir, writeFiles } from '../../helpers/temp-spec.js';
import { readTree } from '../../helpers/tree.js';

const SPEC = DEFAULT_SPEC;

describe('buildDocs', () => {
  let root: string;
  let first: string;

  beforeAll(async () => {
    root = tempDir();
    first = join(root, 'docs');
    mkdirSync(first);
    writeFileSync(join(first, 'BENCHMARKS.md'), 'hand-written\n');
    await buildDocs({ specPath: SPEC, outDir: first, strict: true });
  });

  it('writes index.html, openapi.json and events/, keeps hand-written files, leaves no staging folder', () => {
    expect(Object.keys(readTree(first))).toEqual([
      'BENCHMARKS.md',
      'events/README.md',
      'events/customer.reward_redemptions.completed.md',
      'events/customer.reward_redemptions.created.md',
      'events/customer.reward_redemptions.pending.md',
      'index.html',
      'openapi.json',
    ]);
    expect(readFileSync(join(first, 'BENCHMARKS.md'), 'utf8')).toBe('hand-written\n');
    expect(readdirSync(root)).toEqual(['docs']);
  });

  it('renders the same bytes from the same spec', async () => {
    const second = join(root, 'again');
    const result = await buildDocs({ specPath: SPEC, outDir: second, strict: true });
    expect(result.written).toBe(true);
    const { 'BENCHMARKS.md': _, ...generated } = readTree(first);
    expect(readTree(second)).toEqual(generated);
  });

  it.each([
    ['strict lint errors', { spec: 'test/fixtures/docs/lint-error/openapi.yaml', strict: true, fails: 'lint' }],
    ['an unresolvable spec', { spec: 'test/fixtures/docs/missing-ref/openapi.yaml', strict: false, fails: 'load' }],
    ['a step failing on the input', { spec: SPEC, strict: false, fails: 'boom' }],
    ['a step failing with a bug', { spec: SPEC, strict: false, fails: 'bug' }],
  ])('leaves the previous docs byte-identical on %s', async (_name, { spec, strict, fails }) => {
    const out = join(tempDir(), 'docs');
    cpSync(first, out, { recursive: true });
    const before = readTree(out);
    const fault = fails === 'bug' ? new TypeError('injected bug') : new InputError('injected failure', { where: 'x.yaml' });
    const boom = { name: 'boom', run: async () => Promise.reject(fault) };
    const run = buildDocs({ specPath: spec, outDir: out, strict, steps: [boom] });
    if (fails === 'lint') {
      const result = await run;
      expect(result.written).toBe(false);
      expect(result.lint?.findings.map((f) => f.id)).toContain('rule/property-description');
    } else if (fails === 'load') {
      await expect(run).rejects.toThrow(InputError);
      await expect(run).rejects.toThrow(/unresolved \$ref "\.\/schemas\/Nope\.yaml": file .* does not exist/);
    } else if (fails === 'boom') {
      await expect(run).rejects.toThrow(DocsStepError);
      await expect(run).rejects.toThrow('step "boom" failed: x.yaml: injected failure');
    } else {
      // A bug is not the user's input: it stays itself (a TypeError with its stack), never a one-line DocsStepError.
      await expect(run).rejects.toBe(fault);
    }
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['docs']);
  });

  it('renders despite lint errors outside strict mode, and reports them', async () => {
    const out = join(tempDir(), 'docs');
    const steps: string[] = [];
    const result = await buildDocs({
      specPath: 'test/fixtures/docs/lint-error/openapi.yaml',
      outDir: out,
      strict: false,
      onStep: (r) => steps.push(r.step),
    });
    expect(result.written).toBe(true);
    expect(result.lint?.errors).toBeGreaterThan(0);
    expect(steps.sort()).toEqual(['bundle', 'events', 'html', 'lint', 'load', 'swap']);
    expect(readdirSync(join(out, 'events')).sort()).toEqual(['README.md', 'thing.happened.md']);
  });

  it('renders a recursive schema', async () => {
    const out = join(tempDir(), 'docs');
    await buildDocs({ specPath: 'test/fixtures/docs/recursive/openapi.yaml', outDir: out, strict: true });
    expect(readFileSync(join(out, 'events/tree.grown.md'), 'utf8')).toContain('(recursive: see `(body)`)');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('A tree grew');
  });
});

describe('htmlInput', () => {
  it.each([
    ['without --compat: the 3.0 keyword is dropped, as every command ignores it', [], { type: 'string' }],
    ['with --compat nullable: rewritten to a 3.1 null, as every command reads it', ['nullable' as const], { type: ['string', 'null'] }],
  ])('%s', async (_name, compat, want) => {
    const schema = { type: 'object', description: 'Body.', properties: { id: { type: 'string', nullable: true, description: 'Id.' } } };
    const path = join(writeFiles({ 'openapi.yaml': minimalSpec({ schema }) }), 'openapi.yaml');
    const spec = await loadSpec(path, { compat });
    const document = JSON.parse(htmlInput(spec));
    expect(document.webhooks['thing.happened'].post.requestBody.content['application/json'].schema.properties.id).toEqual({
      ...want,
      description: 'Id.',
    });
  });

  it('is openapi.json byte for byte when no nullable is left', async () => {
    const spec = await loadSpec(SPEC);
    expect(htmlInput(spec)).toBe(bundledJson(spec));
  });
});
