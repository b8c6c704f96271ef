import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-spec.js';

/** A spec of 300 events: listing them all made a line of kilobytes. */
let dir: string;
beforeAll(() => {
  dir = tempDir();
  const body = { required: true, content: { 'application/json': { schema: { type: 'object' } } } };
  const webhooks = Object.fromEntries(
    Array.from({ length: 300 }, (_, i) => [
      `order.step_${i}.done`,
      { post: { requestBody: body, responses: { '200': { description: 'ok' } } } },
    ]),
  );
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, webhooks }));
  writeFileSync(join(dir, 'p.json'), '{}');
});

describe('an unknown --event suggests the nearest names on one short line (exit 2)', () => {
  it.each([
    ['validate', () => ['validate', '--spec', join(dir, 'openapi.json'), '--event', 'order.step_12.dnoe', join(dir, 'p.json')]],
    [
      'verify-receiver',
      () => ['verify-receiver', '--spec', join(dir, 'openapi.json'), '--event', 'order.step_12.dnoe', '--url', 'http://127.0.0.1:9/'],
    ],
  ])('%s', async (_name, args) => {
    const result = await runCli(args());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown event (type )?"order\.step_12\.dnoe" \(nearest: order\.step_12\.done, .* \(of 300 known\)\)/);
    expect(result.stderr.length).toBeLessThan(300);
  });
});
