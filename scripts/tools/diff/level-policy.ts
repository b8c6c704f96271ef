import { existsSync } from 'node:fs';
import { type LevelPolicy, readDiffConfig } from './levels.js';

/** The diff config read when `--config` is not given and the file exists in the working directory. */
export const DEFAULT_DIFF_CONFIG = 'webhook-diff.yaml';

/** The level policy of `diff` and `changelog`: `--strict` or the config's `strict: true`, and the config's `levels:`. */
export function levelPolicyFrom(options: { config?: string | undefined; strict?: boolean }): LevelPolicy {
  const path = options.config ?? (existsSync(DEFAULT_DIFF_CONFIG) ? DEFAULT_DIFF_CONFIG : undefined);
  const config = path === undefined ? {} : readDiffConfig(path);
  return { strict: options.strict === true || config.strict === true, overrides: config.overrides ?? {} };
}
