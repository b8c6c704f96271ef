import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsString } from '../../scripts/core/text/code-string.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, writeFiles } from '../helpers/temp-spec.js';

/**
 * Event names that need escaping in a JSON pointer (`/`, `~`) or in a URI fragment (`%`, U+2028): each event is
 * checked against its own schema (each requires its own property), and no command crashes (exit 3).
 */
const EVENTS: Record<string, string> = {
  'a%b': 'pct',
  'a%25b': 'pct25',
  'a%2Fb': 'pct2f',
  'a/b': 'slash',
  'a~b/c': 'tilde',
  'a~1b': 'tilde1',
  'x\u2028y': 'linesep',
};

function event(prop: string): object {
  const schema = {
    type: 'object',
    description: 'The body.',
    required: [prop],
    properties: { [prop]: { type: 'string', description: 'A field.' } },
  };
  return {
    post: {
      operationId: `op_${prop}`,
      summary: 'An event',
      description: 'Sent when it happens.',
      requestBody: { required: true, content: { 'application/json': { schema, examples: { basic: { value: { [prop]: 'x' } } } } } },
      responses: { '2XX': { description: 'Webhook accepted' } },
    },
  };
}

let dir = '';
beforeAll(() => {
  const webhooks = Object.fromEntries(Object.entries(EVENTS).map(([name, prop]) => [name, event(prop)]));
  dir = writeFiles({
    'openapi.yaml': {
      openapi: '3.1.0',
      info: { title: 'Hostile names', version: '1', license: { name: 'MIT', identifier: 'MIT' } },
      webhooks,
    },
  });
  for (const prop of Object.values(EVENTS)) writeFiles({ [`${prop}.json`]: JSON.stringify({ [prop]: 'x' }) }, dir);
});

const spec = () => join(dir, 'openapi.yaml');

describe('event names that need escaping', () => {
  it.each(Object.entries(EVENTS))("validate --event %j checks that event's own schema", async (name, prop) => {
    const own = await runCli(['validate', '--spec', spec(), '--event', name, join(dir, `${prop}.json`)]);
    expect(own.stderr).toBe('');
    expect(own.code).toBe(0);
    // Another event's body lacks this event's required property: refused, naming it.
    const other = Object.values(EVENTS).find((p) => p !== prop) as string;
    const wrong = await runCli(['validate', '--spec', spec(), '--event', name, join(dir, `${other}.json`)]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout + wrong.stderr).toContain(`/${prop}`);
  });

  it('lint runs without a crash', async () => {
    const result = await runCli(['lint', '--spec', spec()]);
    expect(result.stderr).not.toMatch(/bug|at .*\.ts:\d+/);
    expect([0, 1]).toContain(result.code);
  });

  it('types writes a module that names every event, without a crash', async () => {
    const out = join(tempDir(), 'types.ts');
    const result = await runCli(['types', '--spec', spec(), '--out', out]);
    expect(result.stderr).toMatch(/^wrote /);
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    for (const name of Object.keys(EVENTS)) expect(text).toContain(`${jsString(name)}: `);
    expect(text).not.toMatch(/__wcEvent|\u2028/);
    const parsed = ts.createSourceFile(out, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS) as unknown as {
      parseDiagnostics: unknown[];
    };
    expect(parsed.parseDiagnostics).toEqual([]);
    // The compiled validators (what parseWebhook runs) pick each event's own schema.
    const { validators } = (await import(out.replace(/\.ts$/, '.validators.js'))) as {
      validators: Map<string, (data: unknown) => boolean>;
    };
    for (const [name, prop] of Object.entries(EVENTS)) {
      const validate = validators.get(name) as (data: unknown) => boolean;
      expect([name, validate({ [prop]: 'x' })]).toEqual([name, true]);
      expect([name, validate({ other: 'x' })]).toEqual([name, false]);
    }
  });
});
