import type { EventRule } from './event-rule.js';

/** `media-type-changed`, `payload-removed`, `payload-added`; the payloads themselves are compared by the driver. */
export const mediaTypeRule: EventRule = ({ base, head, report }) => {
  if (base.body && head.body && base.body.mediaType !== head.body.mediaType) {
    report('media-type-changed', `payload media type ${base.body.mediaType} → ${head.body.mediaType}`, {
      headPointer: head.body.pointer,
      basePointer: base.body.pointer,
    });
  }
  if (base.body && !head.body)
    report('payload-removed', 'the event no longer has a JSON payload', { headPointer: head.pointer, basePointer: base.body.pointer });
  if (!base.body && head.body) report('payload-added', 'the event now has a JSON payload', { headPointer: head.body.pointer });
};
