import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, type LoadedSpec, loadSpec } from '../../../scripts/core/spec/load.js';
import { assertEventType, checkPayloads, payloadEventTypes } from '../../../scripts/core/validate/check-payloads.js';
import { COMPLETED, completedExample } from '../../helpers/examples.js';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await loadSpec(DEFAULT_SPEC);
});

describe('checkPayloads', () => {
  it('gives one result per payload, with the problems of each', async () => {
    const example = await completedExample();
    const results = checkPayloads(spec, COMPLETED, [
      { file: 'a', value: example },
      { file: 'b', value: { ...example, balance: 'none' } },
    ]);
    expect(results).toEqual([
      { file: 'a', problems: [] },
      { file: 'b', problems: [{ pointer: '/balance', keyword: 'oneOf', message: 'must be object or null' }] },
    ]);
  });

  it('lists the events with a body, and refuses others with that list', () => {
    expect(payloadEventTypes(spec)).toHaveLength(3);
    expect(() => assertEventType(spec, 'nope')).toThrow(
      expect.objectContaining({ name: 'InputError', where: '--event', hint: `known: ${payloadEventTypes(spec).join(', ')}` }),
    );
  });
});
