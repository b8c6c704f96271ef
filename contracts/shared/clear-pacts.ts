import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PACT_DIR } from './interactions.js';

/**
 * Vitest global setup of the consumer run: Pact merges interactions into an existing pact file, so a
 * renamed or deleted interaction would linger. Start every consumer run from an empty pact folder.
 */
export default function clearPacts(): void {
  mkdirSync(PACT_DIR, { recursive: true });
  for (const file of readdirSync(PACT_DIR)) if (file.endsWith('.json')) rmSync(join(PACT_DIR, file));
}
