import type { Delivery } from '../../contracts/shared/sender.js';
import { MAX_BODY_BYTES } from '../../contracts/shared/webhook-receiver.js';
import { DEFAULT_SPEC, loadSpec } from '../../scripts/core/spec/load.js';

/** What each delivery of the load is, and what the receiver must answer to it. */
export const KINDS = {
  valid: 202,
  duplicate: 200,
  badSignature: 401,
  malformedJson: 400,
  invalidBody: 400,
  oversized: 413,
} as const;
export type Kind = keyof typeof KINDS;

export interface LoadItem extends Delivery {
  kind: Kind;
  /** The reward redemption id the body carries (valid, duplicate and bad-signature deliveries). */
  redemptionId?: string;
}

/** The documented `customer.reward_redemptions.completed` example: the body every delivery starts from. */
export async function completedExample(): Promise<Record<string, unknown>> {
  const spec = await loadSpec(DEFAULT_SPEC);
  const event = spec.events.find((e) => e.type === 'customer.reward_redemptions.completed');
  return structuredClone(event?.body?.examples[0]?.value) as Record<string, unknown>;
}

/** The example with its own reward redemption id. */
export function eventBody(example: Record<string, unknown>, redemptionId: string): string {
  const redemption = example.reward_redemption as Record<string, unknown>;
  return JSON.stringify({ ...example, reward_redemption: { ...redemption, id: redemptionId } });
}

const OVERSIZED = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
const BAD_KINDS: Kind[] = ['badSignature', 'malformedJson', 'invalidBody', 'oversized', 'duplicate'];

/**
 * `total` deliveries, 80% new valid events and 20% bad ones, the five bad kinds in equal parts, interleaved:
 * every fifth delivery is bad. A duplicate repeats an earlier valid delivery (about 50 places earlier once
 * there are enough); with 50 in flight either may arrive first: one is recorded (202), the other answered 200.
 * `total` must be a multiple of 25 so that every count is exact.
 */
export function loadMix(example: Record<string, unknown>, total: number, prefix = 'rewr_load_'): LoadItem[] {
  if (total % 25 !== 0) throw new Error(`the load size must be a multiple of 25, not ${total}`);
  const items: LoadItem[] = [];
  const valid: LoadItem[] = [];
  for (let i = 0; i < total; i++) {
    if (i % 5 !== 4) {
      const redemptionId = `${prefix}${i}`;
      const item: LoadItem = { kind: 'valid', redemptionId, body: eventBody(example, redemptionId) };
      valid.push(item);
      items.push(item);
      continue;
    }
    const kind = BAD_KINDS[Math.floor(i / 5) % 5] as Kind;
    items.push(badItem(kind, example, i, prefix, valid[Math.max(0, valid.length - 50 - (i % 7))] as LoadItem));
  }
  return items;
}

function badItem(kind: Kind, example: Record<string, unknown>, i: number, prefix: string, earlier: LoadItem): LoadItem {
  switch (kind) {
    case 'duplicate':
      return { kind, redemptionId: earlier.redemptionId, body: earlier.body };
    case 'badSignature': {
      const redemptionId = `${prefix}forged_${i}`;
      return { kind, redemptionId, body: eventBody(example, redemptionId), signature: 'f'.repeat(64) };
    }
    case 'malformedJson':
      return { kind, body: eventBody(example, `${prefix}${i}`).slice(0, 200) };
    case 'invalidBody':
      return { kind, body: JSON.stringify({ ...example, reward_redemption: { id: `${prefix}${i}` } }) };
    default:
      return { kind, body: OVERSIZED };
  }
}

/** How many deliveries of the mix got each status: `{ "202": n, ... }`. */
export function tally(statuses: Array<number | null>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[String(status)] = (counts[String(status)] ?? 0) + 1;
  return counts;
}
