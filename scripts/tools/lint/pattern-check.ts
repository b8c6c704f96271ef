import type { LoadedSpec } from '../../core/spec/load.js';
import { implicitlyUnsigned, readDeclarations, SIGNATURE_EXTENSION } from '../../core/spec/webhook-declarations.js';
import { unsafePatterns } from '../../core/validate/unsafe-patterns.js';
import type { LintFinding } from './findings.js';

/** Our rule: no `pattern` that can backtrack catastrophically (recheck's verdict). */
export const PATTERN_RULE = 'pattern-backtracking';
/** Our rule: where some events are signed, an unsigned one says so (`x-webhook-signature: none`). */
export const UNSIGNED_RULE = 'webhook-signature-explicit';

/**
 * The spec's patterns that can backtrack catastrophically (an error; `unknown`, where recheck gave up in
 * time, a warning), and the pattern texts, so that the example check does not run them.
 */
export function checkPatterns(spec: LoadedSpec): { findings: LintFinding[]; unsafe: Set<string> } {
  const found = unsafePatterns(spec.document);
  const findings = found.map((p): LintFinding => {
    const { file, line, col } = spec.locate(p.pointer);
    const message =
      p.status === 'vulnerable'
        ? `the pattern ${JSON.stringify(p.pattern)} can backtrack catastrophically (${p.complexity ?? 'super-linear'}): one small payload can hang a validator; rewrite it without nested or overlapping repetition`
        : `the pattern ${JSON.stringify(p.pattern)} could not be proven safe from catastrophic backtracking in time`;
    return {
      id: PATTERN_RULE,
      level: p.status === 'vulnerable' ? 'error' : 'warning',
      message,
      location: { file, line, col, pointer: p.pointer },
    };
  });
  return { findings, unsafe: new Set(found.filter((p) => p.status === 'vulnerable').map((p) => p.pattern)) };
}

/** Events unsigned by omission in a spec whose other events are signed. */
export function checkSignatureDeclarations(spec: LoadedSpec): LintFinding[] {
  let declared: Array<[string, ReturnType<typeof readDeclarations>]>;
  try {
    declared = spec.events.map((e) => [e.type, readDeclarations(spec, e)]);
  } catch {
    return []; // an unusable declaration is reported where it is read (types, verify-receiver): exit 2 there
  }
  return implicitlyUnsigned(declared).map((type) => {
    const event = spec.events.find((e) => e.type === type) as (typeof spec.events)[number];
    const pointer = event.pointer.slice(1);
    const { file, line, col } = spec.locate(pointer);
    return {
      id: UNSIGNED_RULE,
      level: 'error',
      message: `${type} declares no ${SIGNATURE_EXTENSION} while other events are signed: declare its scheme, or "${SIGNATURE_EXTENSION}: none" if it is really sent unsigned`,
      location: { file, line, col, pointer },
    };
  });
}
