import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs');

/** Cruises `dirs` under `root` with the repository's own rules (what `npm run lint:layers` runs). */
async function cruiseWithOurRules(root: string, dirs: string[]): Promise<IViolation[]> {
  const tsConfig = extractTSConfig(join(root, 'tsconfig.json'));
  const result = await cruise(
    dirs,
    {
      ...config.options,
      tsConfig: { fileName: join(root, 'tsconfig.json') },
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    },
    undefined,
    { tsConfig },
  );
  return (result.output as ICruiseResult).summary.violations;
}

// Violations planted in a copy of scripts/, one per rule. The copy has no other violation (the last test):
// `npm run lint:layers` checks the repository itself.
const PLANTS: Record<string, string> = {
  // the shipped runtime reaching for a tool
  'scripts/runtime/planted-upward.ts': "import { DEFAULT_POLICY } from '../tools/diff/levels.js';\nexport const p = DEFAULT_POLICY;\n",
  // core reaching for a tool
  'scripts/core/planted-upward.ts': "import { renderJson } from '../tools/diff/render-json.js';\nexport const r = renderJson;\n",
  // two files that import each other
  'scripts/tools/lint/planted-a.ts': "import { b } from './planted-b.js';\nexport const a = (): number => b() + 1;\n",
  'scripts/tools/lint/planted-b.ts': "import { a } from './planted-a.js';\nexport const b = (): number => a() - 1;\n",
  // codegen importing package, which imports codegen: a cycle between folders, not between files
  'scripts/tools/codegen/planted-folder-cycle.ts':
    "import { packageFolder } from '../package/package-folder.js';\nexport const f = packageFolder;\n",
  // an example consumer importing the toolkit instead of the generated package
  'contracts/shared/planted-example.ts':
    "import { stateName } from '../../scripts/tools/contracts/state.js';\nexport const s = stateName;\n",
};

describe('layers (dependency-cruiser, .dependency-cruiser.cjs)', () => {
  let root: string;
  let violations: IViolation[];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'wc-layers-'));
    cpSync('scripts', join(root, 'scripts'), { recursive: true });
    writeFileSync(join(root, 'tsconfig.json'), readFileSync('tsconfig.json'));
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    for (const [path, text] of Object.entries(PLANTS)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    violations = await cruiseWithOurRules(root, ['scripts', 'contracts']);
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const found = (rule: string) => violations.filter((v) => v.rule.name === rule).map((v) => ({ from: v.from, to: v.to }));

  it.each([
    ['runtime-self-contained', 'scripts/runtime/planted-upward.ts', 'scripts/tools/diff/levels.ts'],
    ['core-not-to-tools', 'scripts/core/planted-upward.ts', 'scripts/tools/diff/render-json.ts'],
    ['examples-use-the-package', 'contracts/shared/planted-example.ts', 'scripts/tools/contracts/state.ts'],
  ])('%s: %s -> %s fails', (rule, from, to) => {
    expect(found(rule)).toContainEqual({ from, to });
  });

  it('no-cycle: the two files that import each other fail', () => {
    expect(found('no-cycle')).toEqual([{ from: 'scripts/tools/lint/planted-a.ts', to: 'scripts/tools/lint/planted-b.ts' }]);
  });

  it('no-folder-cycle: codegen <-> package fails, and so does runtime <-> tools through the planted upward import', () => {
    const folders = found('no-folder-cycle');
    expect(folders).toContainEqual({ from: 'scripts/tools/codegen', to: 'scripts/tools/package' });
    expect(folders).toContainEqual({ from: 'scripts/runtime', to: 'scripts/tools/diff' });
  });

  it('reports nothing but the planted violations', () => {
    const byFile = violations.filter((v) => v.rule.name !== 'no-folder-cycle');
    expect(byFile.filter((v) => !v.from.includes('/planted-'))).toEqual([]);
    expect([...new Set(violations.map((v) => v.rule.name))].sort()).toEqual([
      'core-not-to-tools',
      'examples-use-the-package',
      'no-cycle',
      'no-folder-cycle',
      'runtime-self-contained',
    ]);
  });
});
