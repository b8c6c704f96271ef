import { toPointer } from '../../core/spec/pointer.js';
import type { MessageInteraction } from './pact-file.js';

export type Rule = Record<string, unknown> & { match?: string };

/** `['reward', 'voucher', '*']` → `$.reward.voucher[*]`. */
export function pactPath(path: readonly (string | number)[]): string {
  return `$${path.map((s) => (s === '*' ? '[*]' : typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][\w]*$/.test(s) ? `.${s}` : `['${s}']`)).join('')}`;
}

/** `$.reward.voucher[*]` → `/reward/voucher/*`; '' for '' or `$` (the whole payload). */
export function pointerOfPactPath(path: string): string {
  const segments: string[] = [];
  for (const [, name, index, quoted] of path.matchAll(/\.([^.[\]]+)|\[(\d+|\*)\]|\['((?:[^'\\]|\\.)*)'\]/g)) {
    segments.push(name ?? index ?? quoted ?? '');
  }
  return toPointer(segments);
}

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
