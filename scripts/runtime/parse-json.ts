import { isUtf8 } from 'node:buffer';
import { MalformedJsonError } from './errors.js';

/** How deep a body may nest objects and arrays: the toolkit's limit for specs and payloads (docs/reference/reliability.md). */
export const MAX_BODY_DEPTH = 512;

/**
 * The body as JSON: UTF-8 text, nested at most MAX_BODY_DEPTH deep (checked on the text, before parsing,
 * so that no validator recurses that deep), parsed. Anything else is a MalformedJsonError with its reason.
 */
export function parseJsonBody(rawBody: string | Uint8Array): unknown {
  if (typeof rawBody !== 'string' && !isUtf8(rawBody)) throw new MalformedJsonError('the body is not valid UTF-8 text', 'encoding');
  const text = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString('utf8');
  const depth = nestingOf(text);
  if (depth > MAX_BODY_DEPTH) {
    throw new MalformedJsonError(`the body nests deeper than ${MAX_BODY_DEPTH} levels (a payload this deep is not supported)`, 'depth');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MalformedJsonError(`the body is not valid JSON: ${(error as Error).message}`, 'syntax');
  }
}

/** The deepest nesting of `[` and `{` outside strings (stops counting once past the limit). */
function nestingOf(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_BODY_DEPTH) return depth;
    } else if (c === 93 || c === 125) depth--;
  }
  return 0;
}
