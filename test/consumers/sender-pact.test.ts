import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoyaltyLedgerReceiver } from '../../contracts/consumers/loyalty-ledger/receiver.js';
import { createRewardMailerReceiver } from '../../contracts/consumers/reward-mailer/receiver.js';
import { CONSUMERS, PACT_DIR } from '../../contracts/shared/interactions.js';
import { WEBHOOK_PATH } from '../../contracts/shared/webhook-receiver.js';
import { DEFAULT_SPEC } from '../../scripts/core/spec/default-spec.js';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { documentedPayloads } from '../../scripts/tools/contracts/documented-payloads.js';
import { readPacts } from '../../scripts/tools/contracts/pact-file.js';
import { senderPact } from '../../scripts/tools/contracts/sender-pact.js';
import { parseState } from '../../scripts/tools/contracts/state.js';
import type { Variant } from '../../scripts/tools/contracts/variants.js';
import { verifyHttpProvider } from '../helpers/http-verifier.js';
import { SECRET, start } from '../helpers/receivers.js';

let variants: Variant[];
beforeAll(async () => {
  variants = documentedPayloads(await loadSpec(DEFAULT_SPEC)).flatMap((e) => e.variants);
});

/** The payloads a receiver's message pact says its handler deals with, sent over HTTP by the sender's pact. */
function variantsNamedBy(consumer: string): Variant[] {
  const pact = readPacts(PACT_DIR).find((p) => p.consumer === consumer);
  const names = new Set(pact?.interactions.map((i) => i.states[0] ?? '').map((s) => parseState(s)?.variant));
  return variants.filter((v) => v.eventType === 'customer.reward_redemptions.completed' && names.has(v.name));
}

const stops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

describe.each([
  [CONSUMERS.rewardMailer, (secret: string): Server => createRewardMailerReceiver(secret), 13],
  [CONSUMERS.loyaltyLedger, (secret: string): Server => createLoyaltyLedgerReceiver(secret), 4],
])('the sender-side pact against the %s receiver', (consumer, create, count) => {
  it('is verified by the Pact Verifier over HTTP, each body re-signed with the test secret', async () => {
    const { url, stop } = await start(create(SECRET));
    stops.push(stop);
    const payloads = variantsNamedBy(consumer);
    expect(payloads).toHaveLength(count);
    const dir = mkdtempSync(join(tmpdir(), 'wc-sender-'));
    const file = join(dir, `voucherify-${consumer}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        senderPact(payloads, { consumer: 'voucherify', provider: consumer, path: WEBHOOK_PATH, idempotencyKey: '/reward_redemption/id' }),
      ),
    );
    // The Verifier's own report goes to test-results/pact-verifier/<consumer>.log; shown here only on failure.
    const run = await verifyHttpProvider({ provider: consumer, providerBaseUrl: new URL(url).origin, pactUrls: [file], secret: SECRET });
    expect(run.ok, `the Pact Verifier failed (${run.logFile}):\n${run.output}`).toBe(true);
  });
});
