// `npm run test:quick [BASE] [vitest options]`: the inner loop. Runs the unit tests that import, directly or not,
// a file changed since the merge base with BASE (default: `main`, else `origin/main`), staged, unstaged or new.
// vitest follows imports only: a fixture read from disk at run time is not traced; run its test file by name.
import { spawnSync } from 'node:child_process';

const git = (...args) => spawnSync('git', args, { encoding: 'utf8' });
const args = process.argv.slice(2);
const named = args[0] && !args[0].startsWith('-') ? args.shift() : undefined;
const base = named ?? ['main', 'origin/main'].find((ref) => git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).status === 0);
if (named && git('rev-parse', '--verify', '--quiet', `${named}^{commit}`).status !== 0) {
  console.error(`test:quick: error: "${named}" is not a commit or branch here (fetch it first, e.g. \`git fetch origin main\`)`);
  process.exit(2);
}
// Without a base (no main branch in this clone): only what is staged, unstaged or new.
const changed = base ? [`--changed=${base}`] : ['--changed'];
console.log(`test:quick: tests affected by changes ${base ? `since the merge base with ${base}` : 'not yet committed'}`);
const run = spawnSync('npx', ['vitest', 'run', ...changed, '--passWithNoTests', ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
