import { fileURLToPath } from 'node:url';
import { startFromEnv } from '../../shared/start-receiver.js';
import { createLoyaltyLedgerReceiver } from './receiver.js';
import { SqliteLedgerStore } from './sqlite-store.js';

/** Where the ledger persists by default (gitignored); `LEDGER_DB` overrides it, `:memory:` keeps nothing. */
export const DEFAULT_LEDGER_DB = fileURLToPath(new URL('./ledger.sqlite', import.meta.url));

// WEBHOOK_SECRET=... PORT=0 [LEDGER_DB=path] npm run receiver:loyalty-ledger
let store: SqliteLedgerStore | undefined;
await startFromEnv(
  'loyalty-ledger',
  (secret) => {
    store = openStore(process.env.LEDGER_DB || DEFAULT_LEDGER_DB);
    return createLoyaltyLedgerReceiver(secret, store);
  },
  () => store?.close(),
);

/** Opened once the environment is known good, so that a usage error leaves no database file behind. */
function openStore(path: string): SqliteLedgerStore {
  try {
    return new SqliteLedgerStore(path);
  } catch (error) {
    process.stderr.write(
      `loyalty-ledger: cannot open LEDGER_DB "${path}": ${(error as Error).message} (set LEDGER_DB to a writable file path)\n`,
    );
    process.exit(2);
  }
}
