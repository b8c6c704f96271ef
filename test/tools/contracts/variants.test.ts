import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { compileEventValidators } from '../../../scripts/core/validate/ajv.js';
import { documentedPayloads } from '../../../scripts/tools/contracts/documented-payloads.js';
import type { EventVariants } from '../../../scripts/tools/contracts/variants.js';

const COMPLETED = 'customer.reward_redemptions.completed';
let events: EventVariants[];

beforeAll(async () => {
  events = documentedPayloads(await loadSpec(DEFAULT_SPEC));
});

describe('documented payload variants', () => {
  it('covers every event, starting from its documented example, with nothing dropped', () => {
    expect(events.map((e) => [e.eventType, e.variants[0]?.name, e.dropped.length])).toEqual([
      ['customer.reward_redemptions.created', 'documented example', 0],
      ['customer.reward_redemptions.pending', 'documented example', 0],
      [COMPLETED, 'documented example', 0],
    ]);
  });

  it.each([
    ['customer.email is null', 'null', ['customer', 'email']],
    ['customer.email is filled', 'filled', ['customer', 'email']],
    ['customer.email is absent', 'absent', ['customer', 'email']],
    ['publication is null', 'null', ['publication']],
    ['publication is absent', 'absent', ['publication']],
    ['reward.type is "COIN"', 'value', ['reward', 'type']],
    ['reward.voucher.discount is a DiscountAmount', 'branch', ['reward', 'voucher', 'discount']],
    ['reward.voucher.discount is a DiscountUnitMultiple', 'branch', ['reward', 'voucher', 'discount']],
    ['publication.voucher.gift is filled', 'filled', ['publication', 'voucher', 'gift']],
  ])('%s changes one thing', (name, change, path) => {
    const variant = events.find((e) => e.eventType === COMPLETED)?.variants.find((v) => v.name === name);
    expect(variant).toMatchObject({ change, path });
  });

  it('produces payloads that differ from the example exactly where they say', () => {
    const completed = events.find((e) => e.eventType === COMPLETED) as EventVariants;
    const byName = new Map(completed.variants.map((v) => [v.name, v.payload as Record<string, Record<string, unknown>>]));
    expect(byName.get('customer.email is filled')?.customer?.email).toBe('sample');
    expect(byName.get('publication is null')?.publication).toBeNull();
    expect(Object.hasOwn(byName.get('publication is absent') ?? {}, 'publication')).toBe(false);
    expect(byName.get('reward.voucher.discount is a DiscountAmount')?.reward?.voucher).toMatchObject({
      discount: {
        type: 'AMOUNT',
        amount_off: 1.5,
      },
    });
  });

  it('keeps only payloads the schema accepts', async () => {
    const validators = compileEventValidators(await loadSpec(DEFAULT_SPEC));
    for (const event of events) {
      const validate = validators.get(event.eventType);
      const invalid = event.variants.filter((v) => !validate?.(v.payload)).map((v) => v.name);
      expect(invalid, event.eventType).toEqual([]);
    }
  });
});
