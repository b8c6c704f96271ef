import type { EventRule } from './event-rule.js';

/** `media-type-changed`, `payload-removed`, `payload-added`; the payloads themselves are compared by the driver. */
export const mediaTypeRule: EventRule = ({ base, head, report }) => {
  if (base.content && head.content && base.content.mediaType !== head.content.mediaType) {
    report('media-type-changed', `payload media type ${base.content.mediaType} → ${head.content.mediaType}`, {
      headPointer: head.content.pointer,
      basePointer: base.content.pointer,
    });
  }
  if (base.content && !head.content)
    report('payload-removed', 'the event no longer has a JSON payload', { headPointer: head.pointer, basePointer: base.content.pointer });
  if (!base.content && head.content) report('payload-added', 'the event now has a JSON payload', { headPointer: head.content.pointer });
};
