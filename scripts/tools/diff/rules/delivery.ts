import { canonical } from '../../../core/schema/normalize.js';
import type { EventRule } from './event-rule.js';

/**
 * How a delivery comes, beyond its JSON payload:
 * - `payload-became-optional` (`requestBody.required` true → false: a delivery may now carry no body) / `-required`;
 * - `media-type-added` (a second media type offered: the provider may now send a body consumers never parsed)
 *   / `media-type-removed` (one of several dropped; the JSON one is still compared);
 * - `security-added` / `-removed` / `-changed` (the credentials a delivery carries, schemes resolved).
 * The webhook declarations (signature scheme, event type, idempotency key) are declarations.ts.
 */
export const deliveryRule: EventRule = ({ base, head, report }) => {
  const at = { headPointer: head.content?.pointer ?? head.pointer, basePointer: base.content?.pointer ?? base.pointer };
  if (base.bodyRequired && !head.bodyRequired && head.content)
    report('payload-became-optional', 'requestBody is no longer required: a delivery may have no body', at);
  if (!base.bodyRequired && head.bodyRequired && base.content) report('payload-became-required', 'requestBody is now required', at);
  if (base.content && head.content && base.content.mediaType === head.content.mediaType) {
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
};
