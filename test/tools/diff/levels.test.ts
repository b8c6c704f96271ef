import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelOf, readDiffConfig } from '../../../scripts/tools/diff/levels.js';
import { REGISTRY } from '../../../scripts/tools/diff/registry.js';
import { brief, diffFixture } from './fixtures.js';

const CONFIG = resolve(import.meta.dirname, '../../fixtures/diff-config');
const relative = (name: string) => `test/fixtures/diff-config/${name}`;

describe('registry', () => {
  it('has kebab-case ids and every level known', () => {
    for (const [id, entry] of REGISTRY) {
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(['breaking', 'warning', 'info']).toContain(entry.level);
    }
  });

  it('flips polarity for responses', () => {
    expect([
      levelOf('enum-value-removed', { strict: false, overrides: {} }),
      levelOf('response-enum-value-removed', { strict: false, overrides: {} }),
    ]).toEqual(['info', 'breaking']);
  });
});

describe('--strict: consumers that validate strictly', () => {
  it.each([
    ['enum-value-added', [['enum-value-added', 'breaking', '/status']]],
    ['property-added-to-closed-object', [['property-added-to-closed-object', 'breaking', '/currency']]],
    ['discriminated-variant-added', [['discriminated-variant-added', 'breaking', '/payment']]],
    ['optional-property-removed', [['optional-property-removed', 'breaking', '/note']]],
    ['pattern-changed', [['pattern-changed', 'breaking', '/id']]],
    ['enum-value-removed', [['enum-value-removed', 'info', '/status']]],
  ])('%s', async (name, want) => {
    expect(brief(await diffFixture(name, { policy: { strict: true, overrides: {} } }))).toEqual(want);
  });
});

describe('config overrides', () => {
  it('sets a level per id, over --strict', async () => {
    const config = readDiffConfig(resolve(CONFIG, 'levels.yaml'));
    expect(config).toEqual({ overrides: { 'optional-property-removed': 'info', 'event-added': 'warning' } });
    const report = await diffFixture('optional-property-removed', { policy: { strict: true, overrides: config.overrides ?? {} } });
    expect(brief(report)).toEqual([['optional-property-removed', 'info', '/note']]);
  });

  it.each([
    [
      'unknown-id.yaml',
      `${relative('unknown-id.yaml')}:3:19: unknown rule id "field-vanished" (see \`webhook-contracts diff --list-rules\`)`,
    ],
    ['bad-level.yaml', `${relative('bad-level.yaml')}:2:16: level of "event-added" must be one of breaking, warning, info`],
  ])('refuses %s with file:line', (name, line) => {
    const thrown = (() => {
      try {
        readDiffConfig(relative(name));
      } catch (error) {
        return error as Error & { toLine(): string };
      }
    })();
    expect([thrown?.name, thrown?.toLine()]).toEqual(['InputError', line]);
  });
});
