import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultVerdictFile,
  MAX_STORED_VERDICTS,
  type VerdictInputs,
  VerdictStore,
} from '../../../scripts/core/validate/pattern-verdicts.js';
import { patternVerdict, unsafePatterns } from '../../../scripts/core/validate/unsafe-patterns.js';

const INPUTS: VerdictInputs = { checker: 'recheck@4.5.0', flags: 'u', timeout: 2000 };
const VULNERABLE = '^(a+)+$';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'wc-verdicts-')), 'pattern-verdicts.json');

/** A file holding a verdict recheck would never give (`^(a+)+$` is exponential): only the store can answer it. */
function plantedFile(inputs = INPUTS): string {
  const file = tempFile();
  writeFileSync(file, JSON.stringify({ inputs, verdicts: { [VULNERABLE]: { status: 'safe' } } }));
  return file;
}

describe('recheck verdicts kept between runs', () => {
  it('a kept verdict is used without asking recheck', () => {
    const store = new VerdictStore(plantedFile(), INPUTS);
    expect(patternVerdict(VULNERABLE, store)).toEqual({ status: 'safe' });
  });

  it('a run writes its verdicts; the next run reads them', () => {
    const file = tempFile();
    const first = new VerdictStore(file, INPUTS);
    expect(unsafePatterns({ properties: { id: { pattern: VULNERABLE } } }, first)).toEqual([
      { pointer: '/properties/id/pattern', pattern: VULNERABLE, status: 'vulnerable', complexity: 'exponential' },
    ]);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toEqual({ inputs: INPUTS, verdicts: { [VULNERABLE]: { status: 'vulnerable', complexity: 'exponential' } } });
    expect(new VerdictStore(file, INPUTS).get(VULNERABLE)).toEqual({ status: 'vulnerable', complexity: 'exponential' });
  });

  // Each input of a verdict, changed in turn, makes the kept verdicts unusable.
  it.each<[string, Partial<VerdictInputs>]>([
    ['another recheck version', { checker: 'recheck@4.6.0' }],
    ['other flags', { flags: 'v' }],
    ['another time limit', { timeout: 5000 }],
  ])('%s: the kept verdicts are not used', (_name, change) => {
    const store = new VerdictStore(plantedFile(), { ...INPUTS, ...change });
    expect(store.get(VULNERABLE)).toBeUndefined();
    expect(patternVerdict(VULNERABLE, store).status).toBe('vulnerable');
  });

  it('another pattern is not answered by a kept one', () => {
    const store = new VerdictStore(plantedFile(), INPUTS);
    expect(store.get('^(a+)+b$')).toBeUndefined();
    expect(patternVerdict('^(a+)+b$', store).status).toBe('vulnerable');
  });

  it.each([
    ['not JSON', '{'],
    ['no verdicts', JSON.stringify({ inputs: INPUTS })],
    ['a verdict of the wrong shape', JSON.stringify({ inputs: INPUTS, verdicts: { [VULNERABLE]: 'safe' } })],
    ['an unknown verdict (a time-out)', JSON.stringify({ inputs: INPUTS, verdicts: { [VULNERABLE]: { status: 'unknown' } } })],
  ])('a file with %s is ignored', (_name, text) => {
    const file = tempFile();
    writeFileSync(file, text);
    expect(new VerdictStore(file, INPUTS).get(VULNERABLE)).toBeUndefined();
  });

  it('an unknown verdict (recheck ran out of time) is not kept: it depends on the machine', () => {
    const file = tempFile();
    const store = new VerdictStore(file, INPUTS);
    store.set('^x$', { status: 'unknown' });
    store.set('^y$', { status: 'safe' });
    store.save();
    expect(JSON.parse(readFileSync(file, 'utf8')).verdicts).toEqual({ '^y$': { status: 'safe' } });
  });

  it(`keeps the newest ${MAX_STORED_VERDICTS} verdicts`, () => {
    const file = tempFile();
    const store = new VerdictStore(file, INPUTS);
    for (let i = 0; i <= MAX_STORED_VERDICTS; i++) store.set(`^${i}$`, { status: 'safe' });
    store.save();
    const kept = Object.keys(JSON.parse(readFileSync(file, 'utf8')).verdicts);
    expect([kept.length, kept[0], kept.at(-1)]).toEqual([MAX_STORED_VERDICTS, '^1$', `^${MAX_STORED_VERDICTS}$`]);
  });

  it('lives in node_modules/.cache/webhook-contracts of the installation recheck is found in', () => {
    expect(defaultVerdictFile(import.meta.url)).toMatch(/[\\/]node_modules[\\/]\.cache[\\/]webhook-contracts[\\/]pattern-verdicts\.json$/);
  });
});
