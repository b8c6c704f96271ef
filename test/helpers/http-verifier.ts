import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../scripts/core/atomic-write.js';

/** What http-verifier-worker.ts reads. */
export interface HttpVerifierJob {
  provider: string;
  providerBaseUrl: string;
  pactUrls: string[];
  /** Each request is re-signed with it on its way to the receiver. */
  secret: string;
}

/** Where each run's Verifier output goes (one file per provider, replaced by its next run). */
export const VERIFIER_LOG_DIR = resolve(import.meta.dirname, '../../test-results/pact-verifier');

const WORKER = resolve(import.meta.dirname, 'http-verifier-worker.ts');

/**
 * Verifies an HTTP provider with the real Pact Verifier in a child process. Its output is written to
 * `test-results/pact-verifier/<provider>.log` and returned, for the test to show only when it fails.
 */
export async function verifyHttpProvider(job: HttpVerifierJob): Promise<{ ok: boolean; output: string; logFile: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'wc-http-verifier-'));
  try {
    const jobPath = join(dir, 'job.json');
    writeFileSync(jobPath, JSON.stringify(job));
    // The verifier's proxy support ignores NO_PROXY: no proxy for this loopback-only run.
    const env = { ...process.env, PACT_DO_NOT_TRACK: 'true', HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '' };
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER, jobPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('error', fail);
      child.on('close', (code) => done({ code, output }));
    });
    mkdirSync(VERIFIER_LOG_DIR, { recursive: true });
    const logFile = join(VERIFIER_LOG_DIR, `${job.provider}.log`);
    writeFileAtomic(logFile, output);
    return { ok: code === 0, output, logFile };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
