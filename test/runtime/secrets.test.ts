import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { secretKey } from '../../scripts/runtime/secrets.js';
import { signatureHeaders, verifyWebhookSignature } from '../../scripts/runtime/signature.js';
import { SIGNATURE_PRESETS } from '../../scripts/runtime/signature-scheme.js';
import { runCli } from '../helpers/cli.js';

const STANDARD = SIGNATURE_PRESETS['standard-webhooks'];
const KEY = Buffer.from('thirty-two bytes of key material!').toString('base64');

/** The official library's verdict on a secret: can a receiver even start with it? */
function libraryAccepts(secret: string): boolean {
  try {
    new StandardWebhook(secret);
    return true;
  } catch {
    return false;
  }
}

function oursAccepts(secret: string): boolean {
  try {
    secretKey(STANDARD, secret);
    return true;
  } catch (error) {
    expect(error).toMatchObject({ name: 'SecretFormatError' });
    return false;
  }
}

describe('Standard Webhooks secrets: strict base64, the verdicts of the standardwebhooks library', () => {
  const table: Array<[string, boolean]> = [
    ['dev-secret', false],
    ['whsec_dev-secret', false],
    ['whsec_abc', false],
    ['whsec_!!!!', false],
    ['whsec_', false],
    ['whsec_YWJj', true],
    ['whsec_YWI=', true],
    ['whsec_YQ==', true],
    ['whsec_YQ=', false],
    ['whsec_YWJj====', false],
    ['whsec_YW Jj', false],
    [`whsec_${KEY}`, true],
    [KEY, true],
    ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', true], // the example secret of the Standard Webhooks spec
  ];
  it.each(table)('%s: accepted %s, as the library says', (secret, want) => {
    expect(libraryAccepts(secret)).toBe(want);
    expect(oursAccepts(secret)).toBe(want);
  });

  it('is stricter than the library on one quirk: a trailing fifth character the library ignores is refused', () => {
    expect(libraryAccepts('whsec_YWJjX')).toBe(true);
    expect(oursAccepts('whsec_YWJjX')).toBe(false);
  });

  it('says what is wrong in one line, without echoing a long secret', () => {
    expect(() => secretKey(STANDARD, 'dev-secret')).toThrow(
      'the secret "dev-secret" is not a Standard Webhooks secret: expected "whsec_" followed by base64 (as the provider\'s dashboard shows it)',
    );
  });

  it('verify-receiver --secret whsec_!!!! exits 2 with one line, before sending anything', async () => {
    const result = await runCli([
      'verify-receiver',
      '--spec',
      'test/fixtures/providers/standard-webhooks/openapi.yaml',
      '--url',
      'http://127.0.0.1:9/hook',
      '--secret',
      'whsec_!!!!',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'webhook-contracts verify-receiver: error: --secret: the secret "whsec_!!!!" is not a Standard Webhooks secret: expected "whsec_" followed by base64 (as the provider\'s dashboard shows it) (copy the secret exactly as the provider shows it)\n',
    );
  });
});

describe('rotation: several secrets, several signatures', () => {
  const body = '{"type":"invoice.paid"}';
  const old = `whsec_${Buffer.from('the old key of the rotation.....').toString('base64')}`;
  const fresh = `whsec_${KEY}`;
  const now = Math.floor(Date.now() / 1000);

  it('a receiver given [new, old] accepts a delivery signed with either', () => {
    for (const signer of [old, fresh]) {
      const headers = signatureHeaders(body, signer, { scheme: STANDARD, id: 'msg_1', timestamp: now });
      expect(() => verifyWebhookSignature(body, headers, [fresh, old], STANDARD)).not.toThrow();
    }
    const other = signatureHeaders(body, `whsec_${Buffer.from('another key').toString('base64')}`, {
      scheme: STANDARD,
      id: 'm',
      timestamp: now,
    });
    expect(() => verifyWebhookSignature(body, other, [fresh, old], STANDARD)).toThrow(expect.objectContaining({ reason: 'mismatch' }));
  });

  it('a sender given [new, old] sends both signatures; the official library, knowing only one, accepts', () => {
    const headers = signatureHeaders(body, [fresh, old], { scheme: STANDARD, id: 'msg_2', timestamp: now });
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(new StandardWebhook(old).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new StandardWebhook(fresh).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('an empty list is a TypeError', () => {
    expect(() => verifyWebhookSignature(body, {}, [], STANDARD)).toThrow(
      expect.objectContaining({ name: 'SecretFormatError', message: 'secret is an empty list: pass at least one signing secret' }),
    );
  });
});

describe('svix-* headers: the Standard Webhooks scheme as Svix sends it', () => {
  it("accepts what svix's own library signs under svix-id, svix-timestamp, svix-signature", () => {
    const body = '{"type":"invoice.paid"}';
    const secret = `whsec_${KEY}`;
    const timestamp = new Date();
    const signature = new SvixWebhook(secret).sign('msg_svix', timestamp, body);
    const headers = {
      'svix-id': 'msg_svix',
      'svix-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'svix-signature': signature,
    };
    expect(() => verifyWebhookSignature(body, headers, secret, STANDARD)).not.toThrow();
    expect(() => verifyWebhookSignature(`${body} `, headers, secret, STANDARD)).toThrow(expect.objectContaining({ reason: 'mismatch' }));
  });
});
