import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { checkExamples } from '../../../scripts/tools/lint/example-check.js';
import { ExampleVerdicts, eventKey, globalKey, MAX_KEPT_SPECS } from '../../../scripts/tools/lint/example-verdicts.js';
import { minimalSpec, writeFiles } from '../../helpers/temp-spec.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const PLANTED = { example: 'basic', pointer: '/planted', message: 'planted by the test' };

/** A spec whose body refers to a component (Thing), beside one it does not use (Other). */
function document(edit: { example?: unknown; body?: object; thing?: object; other?: object } = {}) {
  return minimalSpec({
    schema: edit.body ?? { $ref: '#/components/schemas/Thing' },
    example: edit.example ?? { id: 't_1' },
    extra: {
      components: {
        schemas: {
          Thing: edit.thing ?? {
            type: 'object',
            description: 'A thing.',
            properties: { id: { type: 'string', description: 'Its id.' } },
          },
          Other: edit.other ?? { type: 'object', description: 'Another thing.' },
        },
      },
    },
  });
}

async function load(doc: object, dir = writeFiles({})) {
  dirs.push(dir);
  writeFileSync(join(dir, 'openapi.yaml'), JSON.stringify(doc));
  return loadSpec(join(dir, 'openapi.yaml'));
}

const cacheFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wc-example-verdicts-'));
  dirs.push(dir);
  return join(dir, 'example-verdicts.json');
};

/** Runs the check once on `before` (kept in `file`), then plants a problem in the kept verdicts: a later run that reports it used them. */
async function keptAndPlanted(file: string, before: object, dir: string) {
  const spec = await load(before, dir);
  expect(await checkExamples(spec, undefined, new ExampleVerdicts(file, spec, globalKey(spec)))).toEqual([]);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const entry of Object.values(data.specs) as Array<{ events: Record<string, { problems: unknown[] }> }>) {
    entry.events['thing.happened']!.problems = [PLANTED];
  }
  writeFileSync(file, JSON.stringify(data));
}

async function messagesAfter(edit: Parameters<typeof document>[0], options: { skip?: Set<string> } = {}) {
  const file = cacheFile();
  const dir = writeFiles({});
  await keptAndPlanted(file, document(), dir);
  const spec = await load(document(edit), dir);
  return (await checkExamples(spec, options.skip, new ExampleVerdicts(file, spec, globalKey(spec, options.skip)))).map((f) => f.message);
}

const planted = ['example "basic" of thing.happened: /planted planted by the test'];

describe('example-check verdicts kept between runs', () => {
  it('an unchanged spec gets its kept verdicts (no validator compiled)', async () => {
    expect(await messagesAfter({})).toEqual(planted);
  });

  it('an edit of a schema its body does not reach keeps them', async () => {
    expect(await messagesAfter({ other: { type: 'object', description: 'Edited.' } })).toEqual(planted);
  });

  // Each input of an event's verdict, changed in turn: the example is checked again (it is valid: no problem).
  it.each<[string, Parameters<typeof document>[0], Set<string> | undefined]>([
    ['its example', { example: { id: 't_2' } }, undefined],
    [
      'its body schema',
      { body: { type: 'object', description: 'Inline.', properties: { id: { type: 'string', description: 'Id.' } } } },
      undefined,
    ],
    [
      'a schema its body reaches by $ref',
      { thing: { type: 'object', description: 'Edited.', properties: { id: { type: 'string', description: 'Its id.' } } } },
      undefined,
    ],
    ['the patterns the check does not run', {}, new Set(['^(a+)+$'])],
  ])('a change of %s checks it again', async (_name, edit, skip) => {
    expect(await messagesAfter(edit, { skip })).toEqual([]);
  });

  it('the check code, Ajv or the dialect changed (another global key): checked again', async () => {
    const file = cacheFile();
    const dir = writeFiles({});
    await keptAndPlanted(file, document(), dir);
    const spec = await load(document(), dir);
    expect(await checkExamples(spec, undefined, new ExampleVerdicts(file, spec, 'another global key'))).toEqual([]);
  });

  it('a spec with $id-scoped schemas is never kept', async () => {
    const spec = await load(document({ thing: { $id: 'https://example.com/thing', type: 'object', description: 'A thing.' } }));
    expect(eventKey(spec, spec.events[0]!)).toBeUndefined();
  });

  it('an unreadable or malformed file is ignored', async () => {
    const file = cacheFile();
    writeFileSync(file, '{"format": 1, "specs": {"x": {"global": 5}}');
    const spec = await load(document());
    expect(await checkExamples(spec, undefined, new ExampleVerdicts(file, spec, globalKey(spec)))).toEqual([]);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).specs)).toHaveLength(1);
  });

  it(`keeps the verdicts of the ${MAX_KEPT_SPECS} specs checked last`, async () => {
    const file = cacheFile();
    const specs: string[] = [];
    for (let i = 0; i <= MAX_KEPT_SPECS; i++) {
      const spec = await load(document());
      specs.push(spec.path);
      await checkExamples(spec, undefined, new ExampleVerdicts(file, spec, globalKey(spec)));
    }
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).specs)).toHaveLength(MAX_KEPT_SPECS);
  });
});

describe('example-check verdicts of two builds of the toolkit', () => {
  it('the same spec checked by two builds (other global keys) keeps both entries', async () => {
    const file = cacheFile();
    const spec = await load(document());
    await checkExamples(spec, undefined, new ExampleVerdicts(file, spec, 'sources'));
    await checkExamples(spec, undefined, new ExampleVerdicts(file, spec, 'compiled'));
    const globals = Object.values(JSON.parse(readFileSync(file, 'utf8')).specs).map((s) => (s as { global: string }).global);
    expect(globals).toEqual(['sources', 'compiled']);
  });
});
