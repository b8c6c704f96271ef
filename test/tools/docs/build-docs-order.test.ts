import type * as childProcess from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDocs } from '../../../scripts/tools/docs/build-docs.js';
import { tempDir } from '../../helpers/temp-spec.js';

/** What happened, in order: Redocly children started (`redocly lint`, `redocly build-docs`) and in-process work. */
const events: string[] = [];

// The real execFile, recording which Redocly command each child runs as it starts.
vi.mock('node:child_process', async (original) => {
  const actual = await original<typeof childProcess>();
  return {
    ...actual,
    execFile: (...args: Parameters<typeof actual.execFile>) => {
      const argv = (args[1] ?? []) as string[];
      const command = argv.find((a) => a === 'lint' || a === 'build-docs');
      if (command) events.push(`redocly ${command}`);
      return (actual.execFile as (...a: unknown[]) => unknown)(...args);
    },
  };
});

describe('buildDocs: the order steps start in', () => {
  it('starts both Redocly children before the in-process steps run (they must not delay the render)', async () => {
    const probe = {
      name: 'probe',
      run: async () => {
        events.push('in-process step');
        return {};
      },
    };
    const result = await buildDocs({ specPath: 'openapi/openapi.yaml', outDir: join(tempDir(), 'docs'), strict: true, steps: [probe] });
    expect(result.written).toBe(true);
    expect(events).toEqual(['redocly lint', 'redocly build-docs', 'in-process step']);
  });
});
