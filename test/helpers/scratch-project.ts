import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './temp-spec.js';

const run = promisify(execFile);

/** The environment without npm's own `npm_*` variables (a test run by `npm run` must not pass them on). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Runs a program; resolves with its exit code and output (a failing exit code is a result, not a throw). */
export async function exec(
  file: string,
  args: string[],
  cwd: string,
  env = cleanEnv(),
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** `npm pack` of a package folder into `dest`; returns the tarball's path. */
export async function npmPack(folder: string, dest: string): Promise<string> {
  const result = await exec('npm', ['pack', '--json', '--pack-destination', dest], folder);
  if (result.code !== 0) throw new Error(`npm pack failed in ${folder}:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as Array<{ filename: string }>;
  return join(dest, (info as { filename: string }).filename);
}

/**
 * A new project outside the repository (a temp folder) with the tarball installed by `npm install`, as a user
 * would. `--prefer-offline`: what npm's cache has is not fetched again. Returns the folder and the install time.
 */
export async function scratchProject(tarball: string): Promise<{ dir: string; installMs: number }> {
  const dir = tempDir('wc-scratch-');
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  const started = performance.now();
  const result = await exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', resolve(tarball)], dir);
  const installMs = performance.now() - started;
  if (result.code !== 0) throw new Error(`npm install ${tarball} failed:\n${result.stderr}`);
  return { dir, installMs };
}

/** The installed package.json of a dependency of the scratch project. */
export const installedManifest = (dir: string, name: string) =>
  JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as Record<string, unknown>;
