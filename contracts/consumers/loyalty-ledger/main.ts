import { startFromEnv } from '../../shared/start-receiver.js';
import { createLoyaltyLedgerReceiver } from './receiver.js';

// WEBHOOK_SECRET=... PORT=0 npm run receiver:loyalty-ledger
await startFromEnv('loyalty-ledger', (secret) => createLoyaltyLedgerReceiver(secret));
