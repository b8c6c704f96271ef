import type { Server } from 'node:http';
import Stripe from 'stripe';
import { rawBodyServer } from './read-body.js';

/**
 * A receiver on stripe-node: `stripe.webhooks.constructEvent(body, Stripe-Signature, secret)` checks the
 * `t=…,v1=…` header with 300 s of tolerance and throws StripeSignatureVerificationError (answered 400,
 * as Stripe's docs do). No request reaches Stripe: the client is never used for an API call.
 */
export function stripeReceiver(secret: string, received: string[] = []): Server {
  const stripe = new Stripe('sk_test_not_used');
  return rawBodyServer((body, headers) => {
    const event = stripe.webhooks.constructEvent(body, headers['stripe-signature'] ?? '', secret);
    received.push(event.type);
    return [200, 'ok'];
  });
}
