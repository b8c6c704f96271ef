#!/usr/bin/env node
// Pact Broker steps, all optional: without PACT_BROKER_BASE_URL they do nothing and everything works from
// the files in contracts/pacts. With it:
//   publish       pact-broker publish contracts/pacts (consumer version = git commit, branch = git branch)
//   fetch         download the latest pacts for the provider into contracts/pacts (for `verify`)
//   can-i-deploy  ask the broker whether each consumer's version can be deployed to PACT_ENVIRONMENT
// Every call is bounded (BROKER_TIMEOUT_MS, default 20000; 2 attempts) so an unreachable broker fails in seconds.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'contracts/pacts';
const PROVIDER = process.env.PACT_PROVIDER ?? 'voucherify-webhooks';
const TIMEOUT = Number(process.env.BROKER_TIMEOUT_MS ?? 20000);
const base = process.env.PACT_BROKER_BASE_URL;
const step = process.argv[2];

if (!['publish', 'fetch', 'can-i-deploy'].includes(step ?? '')) fail(2, 'usage: node contracts/broker.mjs publish|fetch|can-i-deploy');
if (!base) {
  console.log(`broker ${step}: PACT_BROKER_BASE_URL is not set: skipped (pacts stay in ${DIR})`);
  process.exit(0);
}
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const version = process.env.PACT_CONSUMER_VERSION ?? git('rev-parse', '--short', 'HEAD');
const branch = process.env.PACT_BRANCH ?? git('rev-parse', '--abbrev-ref', 'HEAD');

if (step === 'fetch') await fetchPacts();
else {
  const check = spawnSync('npx', ['--no-install', 'pact-broker', '--help'], { stdio: 'ignore', timeout: TIMEOUT });
  if (check.status !== 0)
    fail(2, 'the pact-broker CLI is not installed: add @pact-foundation/pact-cli to devDependencies (npm i -D @pact-foundation/pact-cli)');
  if (step === 'publish') brokerCli(['publish', DIR, '--consumer-app-version', version, '--branch', branch]);
  else
    for (const consumer of consumers())
      brokerCli([
        'can-i-deploy',
        '--pacticipant',
        consumer,
        '--version',
        version,
        '--to-environment',
        process.env.PACT_ENVIRONMENT ?? 'production',
        '--retry-while-unknown',
        '0',
      ]);
}

function brokerCli(args) {
  console.log(`pact-broker ${args.join(' ')}`);
  const run = spawnSync('npx', ['--no-install', 'pact-broker', ...args], { stdio: 'inherit', timeout: TIMEOUT });
  if (run.status !== 0) fail(1, `pact-broker ${args[0]} failed${run.error ? `: ${run.error.message}` : ''} (broker ${base})`);
}

function consumers() {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')).consumer.name);
}

async function fetchPacts() {
  const latest = await get(`${base.replace(/\/$/, '')}/pacts/provider/${encodeURIComponent(PROVIDER)}/latest`);
  const links = latest?._links?.['pb:pacts'] ?? latest?._links?.pacts ?? [];
  mkdirSync(DIR, { recursive: true });
  for (const link of links) {
    const pact = await get(link.href);
    const file = join(DIR, `${pact.consumer.name}-${pact.provider.name}.json`);
    writeFileSync(file, `${JSON.stringify(pact, null, 2)}\n`);
    console.log(`fetched ${file}`);
  }
  if (links.length === 0) fail(1, `the broker has no pacts for ${PROVIDER}`);
}

async function get(url, attempt = 1) {
  const headers = { accept: 'application/hal+json' };
  if (process.env.PACT_BROKER_TOKEN) headers.authorization = `Bearer ${process.env.PACT_BROKER_TOKEN}`;
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT / 2) });
    if (!response.ok) fail(1, `GET ${url}: HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    if (attempt < 2) return get(url, attempt + 1);
    fail(1, `GET ${url}: ${error.cause?.code ?? error.message}`);
  }
}

function fail(code, message) {
  console.error(`broker ${step ?? ''}: ${message}`);
  process.exit(code);
}
