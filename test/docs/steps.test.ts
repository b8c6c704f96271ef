import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesStep } from '../../scripts/docs/steps.js';
import { loadSpec } from '../../scripts/spec/load.js';
import { specCopy } from '../helpers/spec-copy.js';
import { tempDir } from '../helpers/temp-spec.js';

const SPEC = 'openapi/openapi.yaml';

describe('typesStep', () => {
  it('is skipped, with a note, when the types module is absent', async () => {
    expect(await typesStep(SPEC, join(tempDir(), 'generate-artifacts.ts'))).toEqual({
      name: 'types',
      skipped: expect.stringMatching(/generate-artifacts\.ts is absent$/),
    });
  });

  it('is skipped when the module does not export the generator', async () => {
    const module = join(tempDir(), 'generate-artifacts.mjs');
    writeFileSync(module, 'export const other = 1;\n');
    expect(await typesStep(SPEC, module)).toEqual({
      name: 'types',
      skipped: expect.stringMatching(/exports no generateArtifacts\/DEFAULT_TYPES_OUT$/),
    });
  });

  it("is skipped for a spec other than the project's (its types are `webhook-contracts types --spec`'s job)", async () => {
    expect(await typesStep(specCopy())).toEqual({
      name: 'types',
      skipped: 'generated for the project spec only (use `webhook-contracts types` for another)',
    });
  });

  it('reproduces the committed types and validators byte for byte (what `npm run types` writes)', async () => {
    const step = await typesStep(SPEC);
    if (!('run' in step)) throw new Error(`types step skipped: ${step.skipped}`);
    const { files = [] } = await step.run({ spec: await loadSpec(SPEC), outDir: tempDir() });
    expect(files.map((f) => f.path.replace(/^.*\/scripts\//, 'scripts/'))).toEqual([
      'scripts/generated/webhooks.ts',
      'scripts/generated/validators.js',
      'scripts/generated/validators.d.ts',
    ]);
    for (const file of files) expect(readFileSync(file.path, 'utf8')).toBe(file.content);
  });
});
