import type { Discount, Publication, Reward, RewardRedemption, SimpleCustomer, SimpleVoucher } from '../../shared/payload-types.js';

/** The part of a `customer.reward_redemptions.completed` payload the mailer reads (its pact declares exactly this). */
export interface MailerEvent {
  customer: Pick<SimpleCustomer, 'name' | 'email'>;
  reward: Pick<Reward, 'name'> & { voucher?: Pick<SimpleVoucher, 'code' | 'discount'> };
  reward_redemption: Pick<RewardRedemption, 'id'>;
  publication?: Pick<Publication, 'id'> | null;
}

/** The "your reward is ready" message, composed from a completed reward redemption. */
export interface RewardMessage {
  redemptionId: string;
  /** Null when the customer has no email address on record: the message is kept, not sent. */
  to: string | null;
  subject: string;
  text: string;
  voucherCode: string | null;
  discount: string | null;
  publicationId: string | null;
}

export interface Outbox {
  /** True when a message for this redemption was already queued (a repeated delivery). */
  has(redemptionId: string): boolean;
  put(message: RewardMessage): void;
}

export type HandleOutcome = 'processed' | 'duplicate';

export function composeRewardMessage(event: MailerEvent): RewardMessage {
  const greeting = event.customer.name ? `Hello ${event.customer.name},` : 'Hello,';
  const voucher = event.reward.voucher;
  const discount = voucher?.discount ? describeDiscount(voucher.discount) : null;
  const lines = [greeting, '', `your reward "${event.reward.name}" is ready.`];
  if (voucher) lines.push(`Use the code ${voucher.code}${discount ? ` for ${discount}` : ''}.`);
  return {
    redemptionId: event.reward_redemption.id,
    to: event.customer.email ?? null,
    subject: `Your reward "${event.reward.name}" is ready`,
    text: lines.join('\n'),
    voucherCode: voucher?.code ?? null,
    discount,
    publicationId: event.publication?.id ?? null,
  };
}

/** Amounts are in cents. */
export function describeDiscount(discount: Discount): string {
  switch (discount.type) {
    case 'PERCENT':
      return `${discount.percent_off}% off`;
    case 'AMOUNT':
      return `${(discount.amount_off / 100).toFixed(2)} off`;
    case 'FIXED':
      return `a fixed price of ${(discount.fixed_amount / 100).toFixed(2)}`;
    case 'UNIT':
      return 'units' in discount ? `${discount.units.length} free item(s)` : `a free ${discount.unit_type}`;
  }
}

/** The mailer's event handler: composes the message once per reward redemption. */
export function createRewardMailer(outbox: Outbox) {
  return async (event: MailerEvent): Promise<HandleOutcome> => {
    if (outbox.has(event.reward_redemption.id)) return 'duplicate';
    outbox.put(composeRewardMessage(event));
    return 'processed';
  };
}

export class MemoryOutbox implements Outbox {
  readonly messages: RewardMessage[] = [];
  has(redemptionId: string): boolean {
    return this.messages.some((m) => m.redemptionId === redemptionId);
  }
  put(message: RewardMessage): void {
    this.messages.push(message);
  }
}
