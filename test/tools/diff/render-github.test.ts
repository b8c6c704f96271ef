import { resolve } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { renderGithub } from '../../../scripts/tools/diff/render-github.js';
import { pactIndex, readProviderPacts } from '../../../scripts/tools/pacts/pact-index.js';
import { diffFixture } from './fixtures.js';

const PACTS = resolve(import.meta.dirname, '../../fixtures/diff-pacts');

describe('renderGithub', () => {
  it('writes one workflow-command annotation per change, on the head line', async () => {
    const report = await diffFixture('review', {
      pacts: pactIndex(readProviderPacts(PACTS, { info: {} } as OpenAPIV3_1.Document), ['order.created', 'order.paid', 'order.refunded']),
    });
    await expect(renderGithub(report)).toMatchFileSnapshot('__snapshots__/review.github.txt');
  });

  it('escapes what would end a property or a command', async () => {
    const report = await diffFixture('description-changed');
    const [change] = report.changes;
    if (!change) throw new Error('fixture has no change');
    change.message = '50% done\nnext: line';
    change.location = { file: 'a,b:c.yaml', line: 3, col: 5, pointer: '/x' };
    expect(renderGithub(report)).toBe(
      '::notice file=a%2Cb%3Ac.yaml,line=3,title=description-changed (info)::order.created /id: 50%25 done%0Anext: line.\n',
    );
  });
});
