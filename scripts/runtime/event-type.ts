import { UnknownEventError } from './errors.js';
import { type HeadersInput, headerText } from './headers.js';
import { getAt, parsePointer } from './internal/json-pointer.js';
import { kindOf } from './secrets.js';

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
export function eventTypeFrom(
  source: EventTypeSource,
  headers: HeadersInput,
  body: () => unknown,
  known: (type: string) => boolean,
  types: readonly string[],
): string {
  const list = types.join(', ');
  if (source.header !== undefined) {
    const value = headerText(headers, source.header);
    if (value === undefined || value === '')
      throw new UnknownEventError(undefined, [...types], `the ${source.header} header is missing (known: ${list})`);
    if (source.pointer === undefined) {
      if (!known(value))
        throw new UnknownEventError(
          value,
          [...types],
          `the ${source.header} header names ${JSON.stringify(value.slice(0, 100))} (known: ${list})`,
        );
      return value;
    }
    const action = valueAt(body(), source.pointer, list, types);
    const found = [`${value}.${action}`, `${value}-${action}`].find(known);
    if (found === undefined) {
      throw new UnknownEventError(
        `${value}.${action}`,
        [...types],
        `the ${source.header} header ${JSON.stringify(value.slice(0, 100))} with the body's ${source.pointer} ${JSON.stringify(action.slice(0, 100))} names no documented event (known: ${list})`,
      );
    }
    return found;
  }
  const value = valueAt(body(), source.pointer ?? '', list, types);
  if (!known(value))
    throw new UnknownEventError(
      value,
      [...types],
      `the body's event type at ${source.pointer} is ${JSON.stringify(value.slice(0, 100))} (known: ${list})`,
    );
  return value;
}

function valueAt(payload: unknown, pointer: string, list: string, types: readonly string[]): string {
  const value = getAt(payload, parsePointer(pointer));
  if (typeof value === 'string') return value;
  throw new UnknownEventError(
    undefined,
    [...types],
    `the body's event type at ${pointer} is ${value === undefined ? 'missing' : kindOf(value)} (known: ${list})`,
  );
}
