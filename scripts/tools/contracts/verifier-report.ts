import { stripVTControlCharacters } from 'node:util';

/** One mismatch the Pact Verifier found in a message body or its metadata. */
export interface VerifierMismatch {
  /** JSON path as Pact writes it: `$.customer.email`. */
  path: string;
  expected: string;
  actual: string;
  message: string;
}

export interface VerifierReport {
  /** Interaction descriptions the verifier ran. */
  results: Set<string>;
  /** Mismatches of each failed interaction, by description. */
  failures: Map<string, VerifierMismatch[]>;
}

interface RawReport {
  errors?: Array<{ interaction?: string; mismatch?: { type?: string; message?: string; mismatches?: Array<Record<string, unknown>> } }>;
  interactionResults?: Array<{ description?: string; result?: string }>;
}

/**
 * The verifier reports as one JSON string (success or failure alike), its texts coloured with ANSI codes.
 * Failed interactions are named "Verifying a pact between A and B Given S - <description>".
 */
export function parseVerifierReport(text: string): VerifierReport {
  let raw: RawReport;
  try {
    raw = JSON.parse(text) as RawReport;
  } catch {
    throw new Error(`the Pact Verifier did not report as JSON: ${stripVTControlCharacters(text).slice(0, 500)}`);
  }
  const results = new Set((raw.interactionResults ?? []).map((r) => String(r.description)));
  const failures = new Map<string, VerifierMismatch[]>();
  for (const error of raw.errors ?? []) {
    const name = stripVTControlCharacters(String(error.interaction ?? ''));
    const description = [...results].find((d) => name.endsWith(` - ${d}`) || name === d) ?? name;
    const mismatches = (error.mismatch?.mismatches ?? []).flatMap(toMismatches);
    if (mismatches.length === 0)
      mismatches.push({ path: '', expected: '', actual: '', message: clean(error.mismatch?.message ?? 'failed') });
    failures.set(description, [...(failures.get(description) ?? []), ...mismatches]);
  }
  return { results, failures };
}

/** Pact reports missing keys on the parent map; we name each missing field. */
function toMismatches(m: Record<string, unknown>): VerifierMismatch[] {
  const path = String(m.path ?? m.key ?? '');
  const message = clean(m.mismatch ?? m.description);
  const missing = /missing the following keys: (.+)$/.exec(message)?.[1];
  if (missing) {
    return missing.split(', ').map((key) => ({
      path: `${path}.${key}`,
      expected: 'a value',
      actual: '(nothing)',
      message: `Actual map is missing the key ${key}`,
    }));
  }
  return [{ path, expected: clean(m.expected), actual: clean(m.actual), message }];
}

function clean(value: unknown): string {
  return value === undefined || value === null ? '' : stripVTControlCharacters(String(value));
}
