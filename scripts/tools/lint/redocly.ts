import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { fromPackage } from '../../core/package-root.js';
import { relativeToCwd } from '../../core/relative-path.js';
import type { LintFinding } from './findings.js';
import { OFFLINE_IMPORT } from './offline-preload.js';

const require = createRequire(import.meta.url);
/** The toolkit's own rule set, used when the spec's project has no redocly.yaml of its own. */
export const DEFAULT_CONFIG = fromPackage('redocly.yaml');

/** Environment for every Redocly run: no telemetry, no update check, no colours. */
export function redoclyEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

export function redoclyBin(): string {
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
}

/** `node` arguments that run Redocly's CLI offline (see offline-preload.ts): `[...redoclyArgs(), 'lint', ...]`. */
export function redoclyArgs(): string[] {
  return [OFFLINE_IMPORT, redoclyBin()];
}

/** The config to lint with: an explicit one, else `redocly.yaml` next to the spec or in the working directory, else ours. */
export function findConfig(specPath: string, explicit?: string): string {
  if (explicit) {
    const stat = statSync(explicit, { throwIfNoEntry: false });
    if (!stat) throw new InputError('config file does not exist', { where: explicit });
    if (!stat.isFile()) throw new InputError('config is not a regular file', { where: explicit, hint: 'pass a redocly.yaml file' });
    return explicit;
  }
  for (const candidate of [join(dirname(resolve(specPath)), 'redocly.yaml'), resolve('redocly.yaml')]) {
    if (isRegularFile(candidate)) return candidate;
  }
  return DEFAULT_CONFIG;
}

/** True for a regular file (a FIFO named redocly.yaml would hang Redocly's read of it); false for anything else or an error. */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: Array<{ source: { ref: string }; pointer?: string; start?: { line: number; col: number } }>;
}

/**
 * Redocly stops reporting at `--max-problems` (100 by default): the rest would be silently dropped. Every
 * problem is wanted (Voucherify's spec has 953 under our rules), so the cap is set beyond any real count.
 */
export const REDOCLY_MAX_PROBLEMS = 1_000_000;

/** Runs `redocly lint --format=json` (without the rules in `skipRules`) and returns all its problems as findings. */
export async function runRedoclyLint(
  specPath: string,
  configPath: string,
  skipRules: readonly string[] = [],
  signal?: AbortSignal,
): Promise<LintFinding[]> {
  const args = [...redoclyArgs(), 'lint', resolve(specPath), '--format=json', `--max-problems=${REDOCLY_MAX_PROBLEMS}`];
  for (const rule of skipRules) args.push(`--skip-rule=${rule}`);
  args.push(`--config=${resolve(configPath)}`);
  const stdout = await new Promise<string>((done, fail) => {
    execFile(
      process.execPath,
      args,
      { env: redoclyEnv(), maxBuffer: 256 * 1024 * 1024, ...(signal ? { signal } : {}) },
      (error, out, err) => {
        if (signal?.aborted) return fail(signal.reason);
        // Exit code 1 means "problems found": the JSON report is still complete.
        if (error && !out.trim().startsWith('{')) {
          fail(
            configError(err, configPath) ??
              new InputError(`Redocly lint failed: ${lastLine(err) || error.message}`, { where: relativeToCwd(specPath) }),
          );
        } else done(out);
      },
    );
  });
  let report: { problems: RedoclyProblem[] };
  try {
    report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  } catch {
    throw new InputError('Redocly lint printed no JSON report', { where: relativeToCwd(specPath) });
  }
  return report.problems.map((p) => {
    const location = p.location[0];
    const ref = location?.source.ref ?? specPath;
    return {
      id: p.ruleId,
      level: p.severity === 'error' ? 'error' : 'warning',
      message: p.message.replace(/\s+/g, ' ').trim(),
      location: {
        // Redocly names files relative to its working directory, which is ours.
        file: relativeToCwd(resolve(ref)),
        line: location?.start?.line ?? 1,
        col: location?.start?.col ?? 1,
        pointer: location?.pointer?.replace(/^#/, '') ?? '',
      },
    };
  });
}

/** Redocly could not use its config file: the error names the config (and its line when Redocly gives one), not the spec. */
export class RedoclyConfigError extends InputError {
  constructor(message: string, where: string) {
    super(message, { where, hint: 'fix the Redocly config file' });
    this.name = 'RedoclyConfigError';
  }
}

/** The config error in a failed Redocly run's stderr, if that is why it failed. */
export function configError(stderr: string, configPath: string): RedoclyConfigError | undefined {
  if (!/Failed to load the configuration file|Invalid config/i.test(stderr)) return undefined;
  const reason = lastLine(stderr).replace(/^-\s*/, '');
  const position = /\((\d+):(\d+)\)\s*$/.exec(reason);
  const where = relativeToCwd(resolve(configPath)) + (position ? `:${position[1]}:${position[2]}` : '');
  return new RedoclyConfigError(`Redocly cannot use this config: ${reason.replace(/\s*in "[^"]*"\s*\(\d+:\d+\)\s*$/, '')}`, where);
}

/** The last line of Redocly's stderr that says something (its boxed notices, such as Node 20's end of life, aside). */
export function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/[║╔╚]/.test(l))
      .at(-1) ?? ''
  );
}
