import { InputError } from '../../core/errors.js';
import { parseSource, readText } from '../../core/spec/read-source.js';
import { lineOf } from '../../core/spec/source-tree.js';
import { type DiffRuleId, isRuleId, REGISTRY } from './registry.js';
import { isLevel, LEVELS, type Level } from './types.js';

/** How levels are decided: the registry's defaults, `--strict`, then per-id overrides from the config file. */
export interface LevelPolicy {
  strict: boolean;
  overrides: Readonly<Partial<Record<DiffRuleId, Level>>>;
}

export const DEFAULT_POLICY: LevelPolicy = { strict: false, overrides: {} };

export function levelOf(id: DiffRuleId, policy: LevelPolicy): Level {
  const override = policy.overrides[id];
  if (override) return override;
  const entry = REGISTRY.get(id);
  if (!entry) throw new Error(`rule id "${id}" is missing from the registry`);
  return policy.strict ? entry.strict : entry.level;
}

/** Reads `levels: { id: level }` (and optionally `strict: true`) from a YAML or JSON config file. */
export function readDiffConfig(path: string): Partial<LevelPolicy> {
  const source = parseSource(readText(path, 'config file'), path);
  const config = source.value as { levels?: unknown; strict?: unknown } | null;
  const at = (...segments: string[]) => {
    const { line, col } = lineOf(source, segments);
    return `${path}:${line}:${col}`;
  };
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new InputError('the diff config must be a mapping with `levels:`', { where: path });
  }
  const unknownKey = Object.keys(config).find((k) => k !== 'levels' && k !== 'strict');
  if (unknownKey)
    throw new InputError(`unknown key "${unknownKey}" in the diff config`, { where: at(unknownKey), hint: 'use `levels:` and `strict:`' });
  if (config.strict !== undefined && typeof config.strict !== 'boolean') {
    throw new InputError('`strict` must be true or false', { where: at('strict') });
  }
  const levels = config.levels ?? {};
  if (levels === null || typeof levels !== 'object' || Array.isArray(levels)) {
    throw new InputError('`levels` must map rule ids to levels', { where: at('levels') });
  }
  const overrides: Partial<Record<DiffRuleId, Level>> = {};
  for (const [id, level] of Object.entries(levels)) {
    if (!isRuleId(id)) {
      throw new InputError(`unknown rule id "${id}"`, { where: at('levels', id), hint: 'see `webhook-contracts diff --list-rules`' });
    }
    if (!isLevel(level)) throw new InputError(`level of "${id}" must be one of ${LEVELS.join(', ')}`, { where: at('levels', id) });
    overrides[id] = level;
  }
  return { overrides, ...(config.strict === undefined ? {} : { strict: config.strict }) };
}
