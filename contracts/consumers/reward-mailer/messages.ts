import { VARIANTS, type VariantName } from '../../shared/interactions.js';
import type { Discount } from '../../shared/payload-types.js';
import type { MailerEvent } from './handler.js';

/** The documented example, as far as the mailer reads it. */
export function documentedMailerEvent(): MailerEvent {
  return {
    customer: { name: 'John Demo', email: null },
    reward: { name: '10% discount coupon', voucher: { code: 'tKSTdVk2', discount: { type: 'PERCENT', percent_off: 10 } } },
    reward_redemption: { id: 'rewr_N5xhKgV5tJBmJxrtb5YB7V3q' },
    publication: { id: 'pub_wTfqQlLXnV5VCaBaswHnTOpdjAr8L4l7' },
  };
}

function withDiscount(discount: Discount | undefined): MailerEvent {
  const event = documentedMailerEvent();
  event.reward.voucher = { code: 'tKSTdVk2', ...(discount ? { discount } : {}) };
  return event;
}

/** One payload factory per variant the mailer declares an interaction for: the documented example with that one change. */
export const MAILER_MESSAGES: Array<[VariantName, () => MailerEvent]> = [
  [VARIANTS.documented, documentedMailerEvent],
  [VARIANTS.emailFilled, () => ({ ...documentedMailerEvent(), customer: { name: 'John Demo', email: 'john@example.com' } })],
  [VARIANTS.emailAbsent, () => ({ ...documentedMailerEvent(), customer: { name: 'John Demo' } })],
  [VARIANTS.nameNull, () => ({ ...documentedMailerEvent(), customer: { name: null, email: null } })],
  [VARIANTS.nameAbsent, () => ({ ...documentedMailerEvent(), customer: { email: null } })],
  [VARIANTS.rewardVoucherAbsent, () => ({ ...documentedMailerEvent(), reward: { name: 'Mug' } })],
  [VARIANTS.discountAbsent, () => withDiscount(undefined)],
  [VARIANTS.discountAmount, () => withDiscount({ type: 'AMOUNT', amount_off: 1500 })],
  [VARIANTS.discountUnit, () => withDiscount({ type: 'UNIT', unit_type: 'prod_mug' })],
  [VARIANTS.discountUnitMultiple, () => withDiscount({ type: 'UNIT', units: [] })],
  [VARIANTS.discountFixed, () => withDiscount({ type: 'FIXED', fixed_amount: 990 })],
  [VARIANTS.publicationNull, () => ({ ...documentedMailerEvent(), publication: null })],
  [
    VARIANTS.publicationAbsent,
    () => {
      const { publication: _omitted, ...event } = documentedMailerEvent();
      return event;
    },
  ],
];
