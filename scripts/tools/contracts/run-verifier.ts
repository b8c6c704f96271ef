import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { fromPackage } from '../../core/package-root.js';
import type { PactFile } from './pact-file.js';
import { parseVerifierReport, type VerifierMismatch } from './verifier-report.js';

/** One message to verify: interaction `index` of a pact, against a payload, under a provider state naming it. */
export interface MessageCheck {
  id: string;
  pact: PactFile;
  index: number;
  state: string;
  payload: unknown;
}

export interface CheckOutcome {
  check: MessageCheck;
  ok: boolean;
  mismatches: VerifierMismatch[];
}

/** What verifier-worker.mjs reads. */
interface VerifierJob {
  provider: string;
  pactUrls: string[];
  /** Payload to produce for each (unique) interaction description. */
  payloads: Record<string, unknown>;
  states: string[];
  reportPath: string;
}

const WORKER = fromPackage('scripts/tools/contracts/verifier-worker.mjs');

/**
 * Verifies many checks in ONE Pact Verifier run: each check becomes a copy of its pact interaction whose
 * description carries the check id and whose provider state names the variant produced. Pact matches
 * every payload itself; we only read its report. Bounded by `timeoutMs` (the verifier never hangs us).
 */
export async function runMessageChecks(provider: string, checks: MessageCheck[], timeoutMs = 120_000): Promise<CheckOutcome[]> {
  if (checks.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'wc-verify-'));
  try {
    const job: VerifierJob = {
      provider,
      pactUrls: writeExpandedPacts(dir, checks),
      payloads: Object.fromEntries(checks.map((c) => [describe(c), c.payload])),
      states: [...new Set(checks.map((c) => c.state))],
      reportPath: join(dir, 'report.json'),
    };
    const jobPath = join(dir, 'job.json');
    writeFileAtomic(jobPath, JSON.stringify(job));
    const log = await runWorker(jobPath, timeoutMs);
    if (!existsSync(job.reportPath)) throw new Error(`the Pact Verifier produced no report:\n${log}`);
    const report = parseVerifierReport(readFileSync(job.reportPath, 'utf8'));
    return checks.map((check) => {
      const failure = report.failures.get(describe(check));
      const ran = report.results.has(describe(check));
      if (!ran && !failure)
        return {
          check,
          ok: false,
          mismatches: [{ path: '', expected: '', actual: '', message: 'the verifier did not run this interaction' }],
        };
      return { check, ok: !failure, mismatches: failure ?? [] };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describe(check: MessageCheck): string {
  const interaction = check.pact.interactions.find((i) => i.index === check.index);
  return `${interaction?.description ?? ''} ⟨${check.id}⟩`;
}

function writeExpandedPacts(dir: string, checks: MessageCheck[]): string[] {
  const byPact = new Map<PactFile, MessageCheck[]>();
  for (const check of checks) byPact.set(check.pact, [...(byPact.get(check.pact) ?? []), check]);
  return [...byPact].map(([pact, list], n) => {
    const interactions = list.map((check) => {
      const { key: _key, pending: _pending, ...raw } = pact.interactions.find((i) => i.index === check.index)?.raw ?? {};
      return { ...raw, description: describe(check), providerStates: [{ name: check.state }] };
    });
    const file = join(dir, `pact-${n}.json`);
    writeFileAtomic(file, JSON.stringify({ ...pact.raw, interactions }));
    return file;
  });
}

/** Runs the worker with proxies blanked (the verifier's proxy support ignores NO_PROXY and hangs). */
function runWorker(jobPath: string, timeoutMs: number): Promise<string> {
  const env = {
    ...process.env,
    PACT_DO_NOT_TRACK: 'true',
    HTTP_PROXY: '',
    HTTPS_PROXY: '',
    http_proxy: '',
    https_proxy: '',
    NO_COLOR: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, jobPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Pact Verifier did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(log);
    });
  });
}
