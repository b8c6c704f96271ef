import { InputError } from '../errors.js';
import { assertDepth, assertSize, decodeUtf8, readText } from '../spec/read-source.js';

/** A payload read from a file (or `-`, standard input), parsed. */
export interface PayloadInput {
  file: string;
  value: unknown;
}

/**
 * Reads a payload file with the same care as a spec file: size limit, no directories, UTF-8 only,
 * and nesting limited so that no later step can overflow the stack. JSON.parse keeps a `__proto__` key
 * as an ordinary property, so a payload cannot change any object's prototype.
 */
export function readPayloadFile(path: string): PayloadInput {
  return { file: path, value: parsePayload(readText(path, 'payload file'), path) };
}

export function readPayloadBytes(bytes: Uint8Array, where: string): PayloadInput {
  assertSize(bytes.length, where, 'payload');
  return { file: where, value: parsePayload(decodeUtf8(bytes, where, 'payload'), where) };
}

export function parsePayload(text: string, where: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`, { where, hint: 'a payload file holds one JSON document' });
  }
  assertDepth(value, where);
  return value;
}
