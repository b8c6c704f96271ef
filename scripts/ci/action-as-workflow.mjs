// actionlint lints workflows, not action metadata: a composite action's steps are checked as the steps of a
// workflow job whose `workflow_call` inputs are the action's inputs (so `inputs.x` is typed and an unknown
// input is an error). The steps are copied as written, so a problem's line maps back to action.yml.
import { parse } from 'yaml';

/**
 * The workflow that stands for a composite action, and `lineOf(line)`: the action.yml line of a workflow line.
 * @param {string} text the action.yml text (`runs.steps` must be its last block, indented four spaces)
 * @returns {{ text: string, lineOf: (line: number) => number }}
 */
export function actionAsWorkflow(text) {
  const action = parse(text);
  if (action?.runs?.using !== 'composite') throw new Error('action.yml: only a composite action (runs.using: composite) is checked');
  const lines = text.split('\n');
  const stepsAt = lines.findIndex((l) => /^ {2}steps:\s*$/.test(l));
  if (stepsAt < 0 || lines.slice(stepsAt + 1).some((l) => /^\S/.test(l) || /^ {2}\S/.test(l))) {
    throw new Error('action.yml: `runs.steps` must be the last block of the file, at two spaces');
  }
  const names = Object.keys(action.inputs ?? {});
  const head = [
    'on:',
    '  workflow_call:',
    ...(names.length ? ['    inputs:', ...names.flatMap((name) => [`      ${name}:`, '        type: string'])] : []),
    'jobs:',
    '  action:',
    '    runs-on: ubuntu-latest',
    '    steps:',
  ];
  const steps = lines.slice(stepsAt + 1);
  return { text: [...head, ...steps].join('\n'), lineOf: (line) => line - head.length + stepsAt + 1 };
}
