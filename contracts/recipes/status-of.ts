// The status to answer for what parseWebhook throws (docs/guides/receiving.md has the table, and what each
// provider does with it). Anything that is not a WebhookError is the receiver's own failure: 500, so the
// provider retries later.
import { SignatureError, WebhookError } from 'voucherify-webhooks';

export function statusOf(error: unknown): 401 | 400 | 500 {
  if (error instanceof SignatureError) return 401; // forged, tampered, stale, or a wrong secret here
  if (error instanceof WebhookError) return 400; // MalformedJsonError, PayloadError, UnknownEventError
  return 500;
}

/** The body to answer with: the reason for a 400 (the sender's logs show it), nothing otherwise. */
export function bodyOf(error: unknown): string {
  return error instanceof WebhookError && !(error instanceof SignatureError) ? error.message : '';
}
