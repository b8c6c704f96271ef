import { afterAll, describe, expect, it } from 'vitest';
import { deliver } from '../../contracts/shared/sender.js';
import { createWebhookReceiver } from '../../contracts/shared/webhook-receiver.js';
import { SIGNATURE_PRESETS } from '../../scripts/runtime/signature-scheme.js';
import { COMPLETED, completedExample } from '../helpers/examples.js';
import { SECRET, start } from '../helpers/receivers.js';

const stops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

describe('the example receiver and the sender follow the declared signature scheme', () => {
  it.each([
    ['the default: our spec declares voucherify', undefined],
    ['Standard Webhooks', SIGNATURE_PRESETS['standard-webhooks']],
    ['GitHub', SIGNATURE_PRESETS.github],
    ['Stripe', SIGNATURE_PRESETS.stripe],
  ])('%s: a delivery signed that way is accepted, one signed another way refused', async (_name, scheme) => {
    const secret = scheme?.secretFormat === 'whsec-base64' ? `whsec_${Buffer.from(SECRET).toString('base64')}` : SECRET;
    const receiver = createWebhookReceiver({ secret, eventType: COMPLETED, scheme, handle: async () => 'processed' });
    const { url, stop } = await start(receiver);
    stops.push(stop);
    const body = JSON.stringify(await completedExample());
    expect(await deliver(url, { body }, { secret, scheme })).toMatchObject({ status: 202 });
    const other = scheme === undefined ? SIGNATURE_PRESETS.github : SIGNATURE_PRESETS.voucherify;
    expect(await deliver(url, { body }, { secret, scheme: other })).toMatchObject({ status: 401 });
  });
});
