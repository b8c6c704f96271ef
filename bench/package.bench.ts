import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exec, npmPack, scratchProject } from '../test/helpers/scratch-project.js';
import { type BenchContext, type BenchSection, median } from './harness.js';

const PACKAGE = resolve('contracts/packages/voucherify-webhooks');

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}

/** Median wall time of a fresh `node` process importing `specifier` from `cwd`. */
function importMs(cwd: string, specifier: string, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', specifier ? `await import(${JSON.stringify(specifier)})` : ''],
      { cwd },
    );
    if (child.status !== 0) throw new Error(`import ${specifier} failed: ${child.stderr}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Files of native addons to build (`binding.gyp`) in an install: what would compile from source. */
function nativeBuilds(nodeModules: string): string[] {
  return readdirSync(nodeModules, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('binding.gyp'));
}

export async function run(context: BenchContext): Promise<BenchSection[]> {
  const installs: number[] = [];
  let project = '';
  const tarball = await npmPack(PACKAGE, context.tmpDir);
  for (let i = 0; i < 3; i++) {
    const installed = await scratchProject(tarball);
    installs.push(installed.installMs);
    project = installed.dir;
  }
  const repeat = Math.max(context.repeat, 7);
  const bare = importMs(project, '', repeat);
  const ajv = importMs(resolve('.'), 'ajv/dist/2020.js', repeat);
  const pkg = importMs(project, 'voucherify-webhooks', repeat);
  const size = folderBytes(PACKAGE);

  const packed = await exec('npm', ['pack', '--json', '--pack-destination', context.tmpDir], resolve('.'));
  const toolkitTarball = join(
    context.tmpDir,
    (JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string }>)[0]?.filename ?? '',
  );
  const toolkit = await scratchProject(toolkitTarball);
  const native = nativeBuilds(join(toolkit.dir, 'node_modules'));
  const help = await exec(join(toolkit.dir, 'node_modules', '.bin', 'webhook-contracts'), ['--help'], toolkit.dir);
  rmSync(toolkit.dir, { recursive: true, force: true });

  return [
    {
      title: 'Consumer package: the generated voucherify-webhooks',
      baseline: 'importing `ajv/dist/2020.js` alone, in a fresh `node` process (no tsx)',
      rows: [
        {
          name: 'unpacked size (dist/index.js, dist/types, package.json, README.md)',
          value: size / 1024,
          unit: 'KB',
          target: '< 500 KB',
          met: size < 500 * 1024,
        },
        { name: '`npm install` of its tarball in a fresh project (median of 3)', value: median(installs) },
        { name: 'a fresh `node` process importing nothing', value: bare },
        { name: 'import ajv/dist/2020.js (baseline)', value: ajv, ratio: 1 },
        { name: 'import voucherify-webhooks (installed)', value: pkg, ratio: pkg / ajv },
      ],
      notes: [
        'The package bundles its validators and the few Ajv runtime helpers they call; importing it compiles no schema.',
        'Install times use `npm install --prefer-offline` of a local tarball (no download: the package has no dependencies).',
      ],
    },
    {
      title: 'Toolkit tarball: `npm pack` of webhook-contracts in a fresh project',
      rows: [
        {
          name: '`npm install --prefer-offline` of the tarball (npm cache warm)',
          value: toolkit.installMs / 1000,
          unit: 's',
          target: '< 30 s',
          met: toolkit.installMs < 30_000,
        },
        {
          name: 'native addons built from source (binding.gyp files installed)',
          value: native.length,
          unit: 'files',
          target: '0',
          met: native.length === 0,
        },
        { name: '`webhook-contracts --help` from the install (exit code)', value: help.code, unit: '', target: '0', met: help.code === 0 },
      ],
      notes: [
        'One install, not a median: it takes tens of seconds. The npm cache is warm (the repository was installed on this machine), so the figure is copying and linking, not downloading.',
      ],
    },
  ];
}
