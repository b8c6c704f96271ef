import { createRequire } from 'node:module';
import { toPointer } from '../../runtime/internal/json-pointer.js';
import { InputError } from '../errors.js';
import type { LoadedSpec } from '../spec/load.js';
import { defaultVerdictFile, type PatternVerdict, VerdictStore } from './pattern-verdicts.js';

/**
 * Regular expressions that can backtrack catastrophically (`^(a+)+$`: a 36-byte string takes minutes).
 * Checked with recheck, which measured right on every pattern of test/core/validate/unsafe-patterns.test.ts
 * (safe-regex2 missed `(a|aa)+$` and `^(a|a)*$` and flagged three safe ones; it was removed).
 */
export interface UnsafePattern {
  /** JSON pointer of the `pattern` keyword (or the `patternProperties` key) in the spec. */
  pointer: string;
  pattern: string;
  /** recheck's verdict: `vulnerable` (with an attack string's length), or `unknown` (it gave up in time). */
  status: 'vulnerable' | 'unknown';
  /** recheck's complexity summary, such as "exponential". */
  complexity?: string;
}

type Check = (source: string, flags: string, params?: object) => { status: string; complexity?: { type: string } };
let check: Check | undefined;
let store: VerdictStore | undefined;

/** How long recheck may look at one pattern before its verdict is `unknown`. */
const TIMEOUT_MS = 2000;
/** As Ajv compiles patterns. */
const FLAGS = 'u';

/** The verdicts of this installation's recheck, kept between runs (pattern-verdicts.ts). */
export function defaultVerdictStore(): VerdictStore {
  if (store) return store;
  const require = createRequire(import.meta.url);
  const checker = `recheck@${(require('recheck/package.json') as { version: string }).version}`;
  store = new VerdictStore(defaultVerdictFile(import.meta.url), { checker, flags: FLAGS, timeout: TIMEOUT_MS });
  return store;
}

/** recheck's verdict on one pattern, remembered per pattern (in `verdicts`, which may keep it between runs). */
export function patternVerdict(pattern: string, verdicts: VerdictStore = defaultVerdictStore()): PatternVerdict {
  const known = verdicts.get(pattern);
  if (known) return known;
  check ??= (createRequire(import.meta.url)('recheck') as { checkSync: Check }).checkSync;
  let verdict: PatternVerdict;
  try {
    const result = check(pattern, FLAGS, { timeout: TIMEOUT_MS });
    verdict = { status: result.status, ...(result.complexity ? { complexity: result.complexity.type } : {}) };
  } catch {
    verdict = { status: 'invalid' };
  }
  verdicts.set(pattern, verdict);
  return verdict;
}

const DATA = new Set(['example', 'examples', 'default', 'const', 'enum']);

/** Every `pattern` (and `patternProperties` key) in the spec's document that recheck calls vulnerable or cannot decide. */
export function unsafePatterns(document: unknown, verdicts: VerdictStore = defaultVerdictStore()): UnsafePattern[] {
  const found: UnsafePattern[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, [...path, String(i)]);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (DATA.has(key) || key.startsWith('x-')) continue;
      if (key === 'pattern' && typeof value === 'string') judge(value, [...path, key]);
      if (key === 'patternProperties' && value !== null && typeof value === 'object') {
        for (const name of Object.keys(value)) judge(name, [...path, key, name]);
      }
      visit(value, [...path, key]);
    }
  };
  const judge = (pattern: string, path: string[]) => {
    const verdict = patternVerdict(pattern, verdicts);
    if (verdict.status === 'vulnerable' || verdict.status === 'unknown') {
      found.push({
        pointer: toPointer(path),
        pattern,
        status: verdict.status,
        ...(verdict.complexity ? { complexity: verdict.complexity } : {}),
      });
    }
  };
  visit(document, []);
  verdicts.save();
  return found;
}

/** The flag that lets `types`, `package` and `validate` go on with such patterns. */
export const ALLOW_UNSAFE_PATTERNS = '--allow-unsafe-patterns';

/**
 * Refuses a spec with a pattern that can backtrack catastrophically (an InputError naming the first, by
 * file:line): compiled into validators, it lets one small payload hang the receiver. `allow` goes on.
 */
export function refuseUnsafePatterns(spec: LoadedSpec, allow: boolean): void {
  if (allow) return;
  const [first, ...more] = unsafePatterns(spec.document).filter((p) => p.status === 'vulnerable');
  if (!first) return;
  const { file, line, col } = spec.locate(first.pointer);
  throw new InputError(
    `the pattern ${JSON.stringify(first.pattern)} can backtrack catastrophically (${first.complexity ?? 'super-linear'}): one small payload can hang the validator${more.length ? ` (and ${more.length} more)` : ''}`,
    {
      where: `${file}:${line}:${col} (${first.pointer})`,
      hint: `rewrite it without nested or overlapping repetition, or pass ${ALLOW_UNSAFE_PATTERNS}`,
    },
  );
}
