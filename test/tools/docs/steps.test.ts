import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { type DocsStep, typesStep } from '../../../scripts/tools/docs/steps.js';
import { specCopy } from '../../helpers/spec-copy.js';
import { tempDir } from '../../helpers/temp-spec.js';

const SPEC = DEFAULT_SPEC;
const GENERATED = [
  'scripts/generated/webhooks.ts',
  'scripts/generated/webhooks.validators.js',
  'scripts/generated/webhooks.validators.d.ts',
];

/** A project root with copies of the spec and of the committed generated files. */
function projectCopy(): string {
  const root = tempDir();
  cpSync('openapi', join(root, 'openapi'), { recursive: true });
  for (const file of GENERATED) cpSync(file, join(root, file));
  return root;
}

const runnable = (step: ReturnType<typeof typesStep>): DocsStep => {
  if (!('run' in step)) throw new Error(`types step skipped: ${step.skipped}`);
  return step;
};
const noGenerator = async (): Promise<never> => {
  throw new Error('the generator was loaded');
};

describe('typesStep', () => {
  it("is skipped for a spec other than the project's (its types are `webhook-contracts types --spec`'s job)", () => {
    expect(typesStep(specCopy())).toEqual({
      name: 'types',
      skipped: 'generated for the project spec only (use `webhook-contracts types` for another)',
    });
  });

  it('leaves up-to-date files alone without loading the generator (their fingerprints match the spec)', async () => {
    const root = projectCopy();
    const step = runnable(typesStep(join(root, SPEC), { root, generator: noGenerator }));
    const output = await step.run({ spec: await loadSpec(join(root, SPEC)), outDir: tempDir() });
    expect(output).toEqual({ note: 'up to date (fingerprints match)' });
  });

  it('regenerates a hand-edited file, byte for byte what `npm run types` writes', async () => {
    const root = projectCopy();
    const edited = join(root, GENERATED[1] as string);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('validators', 'validatorz'));
    const step = runnable(typesStep(join(root, SPEC), { root }));
    const { files = [] } = await step.run({ spec: await loadSpec(join(root, SPEC)), outDir: tempDir() });
    expect(files.map((f) => f.path)).toEqual(GENERATED.map((f) => join(root, f)));
    for (const file of files) expect(file.content).toBe(readFileSync(resolve(file.path.slice(root.length + 1)), 'utf8'));
  });

  it('regenerates after a spec change, and the new files differ from the committed ones', async () => {
    const root = projectCopy();
    const schema = join(root, 'openapi/schemas/SimpleCustomer.yaml');
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('identify and address them', 'identify and reach them'));
    const step = runnable(typesStep(join(root, SPEC), { root }));
    const { files = [] } = await step.run({ spec: await loadSpec(join(root, SPEC)), outDir: tempDir() });
    expect(files[0]?.content).toContain('identify and reach them');
    expect(files[0]?.content).not.toBe(readFileSync(GENERATED[0] as string, 'utf8'));
  });
});
