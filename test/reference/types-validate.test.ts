import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-spec.js';
import { REFERENCE_SPEC } from './helpers.js';

const COMPLETED = 'EVENTS.CUSTOMER.REWARD_REDEMPTIONS.COMPLETED';

describe("types and validate on Voucherify's published spec", () => {
  it('types output compiles with tsc', async () => {
    const dir = tempDir('wc-ref-types-');
    const out = join(dir, 'webhooks.ts');
    const result = await runCli(['types', '--spec', REFERENCE_SPEC, '--compat', 'nullable', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          skipLibCheck: true,
          target: 'ES2022',
        },
        files: ['webhooks.ts'],
      }),
    );
    const tsc = resolve(import.meta.dirname, '../../node_modules/typescript/bin/tsc');
    const compiled = await promisify(execFile)(process.execPath, [tsc, '-p', dir]).catch((e: { stdout: string }) => e);
    expect((compiled as { stdout: string }).stdout).toBe('');
  });

  it('validate checks every example and reports the violations with pointers', async () => {
    const spec = await loadSpec(REFERENCE_SPEC, { compat: ['nullable'] });
    const dir = tempDir('wc-ref-examples-');
    let invalid = 0;
    for (const event of spec.events) {
      const example = event.body?.examples[0];
      const file = join(dir, `${event.type}.json`);
      writeFileSync(file, JSON.stringify(example?.value));
      const result = await runCli(['validate', '--spec', REFERENCE_SPEC, '--compat', 'nullable', '--event', event.type, file]);
      if (result.code === 1) invalid++;
      else expect(result.stdout, event.type).toBe(`ok ${file}\n`);
      if (event.type === COMPLETED) {
        const lines = result.stdout.trim().split('\n');
        expect(lines).toHaveLength(33);
        expect(lines).toContain(`${file} /voucher/created_at must be a valid date-time`);
        expect(lines).toContain(`${file} /customer/email must be string`);
      }
    }
    expect(invalid).toBe(63);
  });
});
