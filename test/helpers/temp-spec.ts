import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';

export const REPO_SPEC_DIR = resolve(import.meta.dirname, '../../openapi');

/** A fresh temporary directory. */
export function tempDir(prefix = 'wc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (path → text, or an object serialised as YAML) into a new temp dir; returns the dir. */
export function writeFiles(files: Record<string, string | Buffer | object>, dir = tempDir()): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' || Buffer.isBuffer(content) ? content : stringify(content));
  }
  return dir;
}

/** The smallest spec our lint rules accept: one webhook with a described body and an example. */
export function minimalSpec(overrides: { schema?: object; example?: unknown; operation?: object; extra?: object } = {}): object {
  const schema = overrides.schema ?? {
    type: 'object',
    description: 'The event body.',
    required: ['id'],
    properties: { id: { type: 'string', description: 'Identifier of the thing.' } },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Test webhooks', version: '1.0.0', license: { name: 'MIT', identifier: 'MIT' } },
    webhooks: {
      'thing.happened': {
        post: {
          operationId: 'thingHappened',
          summary: 'A thing happened',
          description: 'Sent when a thing happens.',
          requestBody: {
            required: true,
            content: { 'application/json': { schema, examples: { basic: { value: overrides.example ?? { id: 't_1' } } } } },
          },
          responses: { '2XX': { description: 'Webhook accepted' } },
          ...overrides.operation,
        },
      },
    },
    ...overrides.extra,
  };
}
