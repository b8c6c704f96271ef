import { canonical } from '../../../core/schema/normalize.js';
import type { EventRule } from './event-rule.js';

/**
 * How a delivery comes, beyond its JSON payload:
 * - `payload-became-optional` (`requestBody.required` true → false: a delivery may now carry no body) / `-required`;
 * - `media-type-added` (a second media type offered: the provider may now send a body consumers never parsed)
 *   / `media-type-removed` (one of several dropped; the JSON one is still compared);
 * - `security-added` / `-removed` / `-changed` (the credentials a delivery carries, schemes resolved);
 * - `signature-scheme-added` / `-removed` / `-changed` (`x-webhook-signature`: header, algorithm, prefix… —
 *   a consumer verifying signatures checks exactly those).
 */
export const deliveryRule: EventRule = ({ base, head, report }) => {
  const at = { headPointer: head.body?.pointer ?? head.pointer, basePointer: base.body?.pointer ?? base.pointer };
  if (base.bodyRequired && !head.bodyRequired && head.body)
    report('payload-became-optional', 'requestBody is no longer required: a delivery may have no body', at);
  if (!base.bodyRequired && head.bodyRequired && base.body) report('payload-became-required', 'requestBody is now required', at);
  if (base.body && head.body && base.body.mediaType === head.body.mediaType) {
    for (const type of head.mediaTypes.filter((t) => !base.mediaTypes.includes(t)))
      report('media-type-added', `media type ${type} now offered: deliveries may come in it`, at);
    for (const type of base.mediaTypes.filter((t) => !head.mediaTypes.includes(t)))
      report('media-type-removed', `media type ${type} no longer offered`, at);
  }
  const [sb, sh] = [base.security, head.security];
  // Where the requirements are declared (`#/security` for a document-wide one), so one edit is one finding.
  const secAt = { headPointer: sh?.pointer ?? (sb?.pointer === '#/security' ? '#' : head.pointer), basePointer: sb?.pointer };
  if (!sb && sh) report('security-added', 'deliveries now carry declared credentials', secAt);
  else if (sb && !sh) report('security-removed', 'deliveries no longer declare credentials', secAt);
  else if (sb && sh && canonical(sb.value) !== canonical(sh.value))
    report('security-changed', 'the credentials a delivery carries changed', secAt);
  const [gb, gh] = [base.signature, head.signature];
  if (!gb && gh) report('signature-scheme-added', 'x-webhook-signature declared', { headPointer: gh.pointer });
  else if (gb && !gh)
    report('signature-scheme-removed', 'x-webhook-signature removed: deliveries may come unsigned', {
      headPointer: gb.pointer.startsWith('#/webhooks/') ? head.pointer : '#',
      basePointer: gb.pointer,
    });
  else if (gb && gh) {
    const keys = [...new Set([...Object.keys(gb.value), ...Object.keys(gh.value)])].filter(
      (k) => canonical(gb.value[k]) !== canonical(gh.value[k]),
    );
    if (keys.length > 0)
      report('signature-scheme-changed', `x-webhook-signature ${keys.sort().join(', ')} changed`, {
        headPointer: gh.pointer,
        basePointer: gb.pointer,
      });
  }
};
