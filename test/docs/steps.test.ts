import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesStep } from '../../scripts/docs/steps.js';
import { tempDir } from '../helpers/tree.js';

describe('typesStep', () => {
  it('is skipped, with a note, when the types module is absent', async () => {
    expect(await typesStep(join(tempDir(), 'types.ts'))).toEqual({ name: 'types', skipped: expect.stringMatching(/types\.ts is absent$/) });
  });

  it('is skipped when the module exports no docsStep', async () => {
    const module = join(tempDir(), 'types.mjs');
    writeFileSync(module, 'export const command = {};\n');
    expect(await typesStep(module)).toEqual({ name: 'types', skipped: expect.stringMatching(/types\.mjs exports no `docsStep`$/) });
  });

  it("is the module's docsStep when there is one", async () => {
    const module = join(tempDir(), 'types.mjs');
    writeFileSync(module, "export const docsStep = { name: 'types', run: async () => ['types/webhooks.d.ts'] };\n");
    const step = await typesStep(module);
    expect('run' in step && (await step.run({ spec: {} as never, outDir: '.' }))).toEqual(['types/webhooks.d.ts']);
  });
});
