import { type HeadersInput } from './headers.js';
/** Where a delivery names its event type, as the spec declares it (`x-webhook-event-type`) or the caller says. */
export interface EventTypeSource {
    /** The header carrying the event type (then `pointer`, if any, names the action in the body). */
    header?: string;
    /** JSON pointer of the event type in the body (or of the action, with `header`). */
    pointer?: string;
}
/**
 * The event type a delivery names, checked against the spec's event types; anything else is an
 * UnknownEventError (the sender controls it). With a header and a pointer, the type is the header's
 * value and the body's value joined with "." or "-", whichever the spec documents.
 */
export declare function eventTypeFrom(source: EventTypeSource, headers: HeadersInput, body: () => unknown, known: (type: string) => boolean, types: readonly string[]): string;
