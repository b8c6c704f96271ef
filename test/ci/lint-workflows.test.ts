import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = async (dir?: string, action?: string) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      'scripts/ci/lint-workflows.mjs',
      ...(dir ? [dir] : []),
      ...(action ? [action] : []),
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('npm run lint:workflows (actionlint, offline)', () => {
  it("passes on the repository's workflows and its action.yml", async () => {
    const { code, stdout, stderr } = await run();
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toMatch(/^lint:workflows: \d+ workflow\(s\), 1 action\(s\), 0 problem\(s\) \(actionlint\)\n$/);
  });

  it('checks the composite action as a workflow: an unknown input and context, each at its action.yml line', async () => {
    const action = 'test/fixtures/workflows/action-typo/action.yml';
    const { code, stdout } = await run('.github/workflows', action);
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([`${action}:81:19 expression`, `${action}:128:11 expression`]);
    expect(lines[0]).toContain('property "specs" is not defined in object type {base-ref: string;');
    expect(lines[1]).toContain('undefined variable "step"');
  });

  it('reports a misspelt action input and context property, each at its line, exit 1', async () => {
    const { code, stdout } = await run('test/fixtures/workflows/typo');
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'test/fixtures/workflows/typo/typo.yml:8:11 action',
      'test/fixtures/workflows/typo/typo.yml:9:23 expression',
    ]);
    expect(lines[0]).toContain('input "fetch-dept" is not defined in action "actions/checkout@v4"');
    expect(lines[1]).toContain('property "evnt" is not defined in object type');
  });
});
