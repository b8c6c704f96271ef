import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/index.ts, the library entry point', () => {
  it('exports the consumer API, and importing it loads no Ajv: nothing is compiled at start-up', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'test/helpers/import-probe.ts', 'index'], { encoding: 'utf8' });
    const { exports, ajvModules } = JSON.parse(output) as { exports: string[]; ajvModules: string[] };
    expect(exports).toEqual([
      'DEFAULT_SCHEME',
      'EVENT_TYPES',
      'MAX_BODY_DEPTH',
      'MalformedJsonError',
      'PayloadError',
      'SIGNATURE_HEADER',
      'SIGNATURE_PRESETS',
      'SecretFormatError',
      'SignatureError',
      'UnknownEventError',
      'WebhookError',
      'headerText',
      'isEventType',
      'parseWebhook',
      'resolveSignatureScheme',
      'signWebhook',
      'signatureHeaders',
      'signatureSchemeOf',
      'validateWebhook',
      'verifySignature',
      'verifyWebhookSignature',
    ]);
    // The precompiled validators are self-contained: the format functions are bundled in.
    expect(ajvModules).toEqual([]);
  });
});
