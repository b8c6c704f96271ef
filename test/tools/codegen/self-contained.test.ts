import { describe, expect, it } from 'vitest';
import { selfContained } from '../../../scripts/tools/codegen/self-contained.js';

describe('selfContained', () => {
  it('names bundled CommonJS modules by package path, not by where the toolkit is installed', async () => {
    const js = await selfContained("export const f = require('ajv-formats/dist/formats.js');\n");
    expect(js).toMatch(/^ *"ajv-formats\/dist\/formats\.js"\(exports\) \{$/m);
    expect(js).not.toMatch(/"(?:\.\.\/|node_modules\/)[^"]*\.c?js"\(/);
    expect(js).not.toMatch(/^ *\/\/ node_modules\//m);
  });
});
