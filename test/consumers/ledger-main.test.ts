import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deliver } from '../../contracts/shared/sender.js';
import { completedExample, eventBody } from '../helpers/ledger-load.js';
import { startLedgerProcess } from '../helpers/ledger-process.js';
import { SECRET } from '../helpers/receivers.js';

const dir = mkdtempSync(join(tmpdir(), 'ledger-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the loyalty-ledger receiver process (npm run receiver:loyalty-ledger)', () => {
  it('keeps what it recorded across a restart on the same LEDGER_DB: the same delivery is then a duplicate', async () => {
    const db = join(dir, 'ledger.sqlite');
    const body = eventBody(await completedExample(), 'rewr_restart_1');
    const first = await startLedgerProcess({ secret: SECRET, db });
    expect((await deliver(first.url, { body }, { secret: SECRET })).status).toBe(202);
    expect(await first.stop()).toBe(0);
    const second = await startLedgerProcess({ secret: SECRET, db });
    expect((await deliver(second.url, { body }, { secret: SECRET })).status).toBe(200);
    await second.stop();
  });

  it('refuses a LEDGER_DB it cannot open in one line, exit 2', async () => {
    const db = join(dir, 'missing', 'ledger.sqlite');
    await expect(startLedgerProcess({ secret: SECRET, db })).rejects.toThrow(
      `the receiver exited with 2 before listening: loyalty-ledger: cannot open LEDGER_DB "${db}": Cannot open database because the directory does not exist (set LEDGER_DB to a writable file path)`,
    );
  });
});
