import { pactPath } from '../pacts/json-path.js';
import type { MessageInteraction } from '../pacts/pact-file.js';

export { pactPath, pointerOfPactPath } from '../pacts/json-path.js';

export type Rule = Record<string, unknown> & { match?: string };

/**
 * The matchers that apply at a path: those written for the path itself, else those of the nearest
 * ancestor (Pact's `type` and friends cascade to children).
 */
export function rulesAt(interaction: MessageInteraction, path: readonly (string | number)[]): Rule[] {
  for (let length = path.length; length >= 0; length--) {
    const key = pactPath(path.slice(0, length));
    const entry = interaction.rules[key] ?? interaction.rules[key.replace(/\[\*\]/g, '.*')];
    if (entry?.matchers?.length) return entry.matchers as Rule[];
  }
  return [{ match: 'equality' }];
}
