import { createHash } from 'node:crypto';
import { UsageError } from '../../core/errors.js';
import type { AuthRequirement } from '../../core/spec/webhook-declarations.js';
import { SIGNATURE_EXTENSION } from '../../core/spec/webhook-extensions.js';
import { SecretFormatError, secretKey } from '../../runtime/secrets.js';
import { signatureHeaders } from '../../runtime/signature.js';
import type { SignatureScheme } from '../../runtime/signature-scheme.js';

/** A secret the scheme cannot use (a `whsec_` secret that is not base64) is bad input: exit 2, one line. */
function checkedSecret(scheme: SignatureScheme, secret: string): void {
  try {
    secretKey(scheme, secret);
  } catch (error) {
    if (!(error instanceof SecretFormatError)) throw error;
    throw new UsageError(error.message, { where: '--secret', hint: 'copy the secret exactly as the provider shows it' });
  }
}

/** Credentials given on the command line or in the environment. */
export interface GivenCredentials {
  /** One signing secret, or several (`--secret` repeated: a sender during a rotation signs with each). */
  secret?: string | readonly string[];
  /** `USER:PASSWORD`. */
  basicAuth?: string;
  bearer?: string;
  apiKey?: string;
}

type Kind = AuthRequirement['kind'];

/** Each kind of credential: its flag, its environment variable, and how the spec calls it. */
export const CREDENTIALS: Record<Kind, { flag: string; env: string; key: keyof GivenCredentials; label: string }> = {
  hmac: { flag: '--secret', env: 'WEBHOOK_SECRET', key: 'secret', label: `an HMAC signature (${SIGNATURE_EXTENSION})` },
  basic: { flag: '--basic-auth', env: 'WEBHOOK_BASIC_AUTH', key: 'basicAuth', label: 'HTTP basic auth' },
  bearer: { flag: '--bearer', env: 'WEBHOOK_BEARER', key: 'bearer', label: 'an HTTP bearer token' },
  apiKey: { flag: '--api-key', env: 'WEBHOOK_API_KEY', key: 'apiKey', label: 'an API key header' },
};

/**
 * How a refusal probe spoils one credential of a delivery (the `requirement`th the event declares):
 * left out, made with another secret or value, or signed with a timestamp outside the tolerance.
 */
export interface AuthSpoil {
  requirement: number;
  change: 'omit' | 'wrong' | 'stale';
}

/** Signs or authenticates one delivery: the headers to send with `body`, the `n`th delivery of `eventType`. */
export type AuthHeaders = (eventType: string, body: string, n: number, spoil?: AuthSpoil) => Record<string, string>;
type EventHeaders = (body: string, n: number, change?: AuthSpoil['change']) => Record<string, string>;

/** A stale probe's timestamp is this far outside the scheme's tolerance. */
export const STALE_BY_SECONDS = 3600;

/**
 * Checks the credentials given against what the spec declares for the events to be sent, and returns
 * what adds them to each delivery. A flag the spec does not call for, or a credential it calls for and
 * was not given (neither flag nor environment), is a UsageError naming what the spec declares.
 * Environment variables the spec does not call for are ignored: they are ambient, not a request.
 */
export function deliveryAuth(
  byEvent: ReadonlyMap<string, readonly AuthRequirement[]>,
  flags: GivenCredentials,
  env: Readonly<Record<string, string | undefined>>,
  runId: string,
): AuthHeaders {
  const all = [...byEvent.values()].flat();
  const kinds = new Set(all.map((r) => r.kind));
  const declared = describeDeclared(all);
  for (const [kind, c] of Object.entries(CREDENTIALS) as Array<[Kind, (typeof CREDENTIALS)[Kind]]>) {
    if (flags[c.key] !== undefined && !kinds.has(kind)) {
      throw new UsageError(`the spec does not call for ${c.label}; it declares ${declared}`, {
        where: c.flag,
        hint: howToDeclare(kind, c.flag),
      });
    }
  }
  const value = (kind: Kind): string => {
    const c = CREDENTIALS[kind];
    const given = flags[c.key] ?? env[c.env];
    if (!given || Array.isArray(given))
      throw new UsageError(`the spec declares ${c.label}: give it with ${c.flag} or the env ${c.env}`, { where: c.flag });
    return given as string;
  };
  const secrets = (): string[] => {
    const given = flags.secret ?? env.WEBHOOK_SECRET;
    const list = (Array.isArray(given) ? given : [given]).filter((s): s is string => typeof s === 'string' && s !== '');
    if (list.length === 0)
      throw new UsageError(`the spec declares ${CREDENTIALS.hmac.label}: give it with --secret or the env WEBHOOK_SECRET`, {
        where: '--secret',
      });
    return list;
  };
  const none: Record<string, string> = {};
  const part = (r: AuthRequirement): EventHeaders => {
    if (r.kind === 'hmac') {
      const secret = secrets();
      for (const one of secret) checkedSecret(r.scheme, one);
      // "Another secret" for the probe: of the same format, and none of those given (a rotation's included).
      const other = otherSecret(r.scheme.secretFormat, secret[0] as string);
      return (body, n, change) => {
        const stale = change === 'stale' ? Math.floor(Date.now() / 1000) - (r.scheme.tolerance ?? 300) - STALE_BY_SECONDS : undefined;
        const headers = signatureHeaders(body, change === 'wrong' ? other : secret, {
          scheme: r.scheme,
          id: `msg_${runId}_${n}`,
          timestamp: stale,
        });
        if (change === 'omit') delete headers[r.scheme.header];
        return headers;
      };
    }
    if (r.kind === 'basic') {
      const pair = value('basic');
      if (!pair.includes(':')) throw new UsageError('basic auth must be USER:PASSWORD', { where: '--basic-auth' });
      const header = (p: string) => `Basic ${Buffer.from(p).toString('base64')}`;
      return (_body, _n, change) => (change === 'omit' ? none : { authorization: header(change === 'wrong' ? `${pair}-wrong` : pair) });
    }
    if (r.kind === 'bearer') {
      const token = value('bearer');
      return (_body, _n, change) =>
        change === 'omit' ? none : { authorization: `Bearer ${change === 'wrong' ? `${token}-wrong` : token}` };
    }
    const key = value('apiKey');
    return (_body, _n, change) => (change === 'omit' ? none : { [r.header]: change === 'wrong' ? `${key}-wrong` : key });
  };
  const perEvent = new Map([...byEvent].map(([type, required]) => [type, required.map(part)]));
  return (eventType, body, n, spoil) =>
    Object.assign({}, ...(perEvent.get(eventType) ?? []).map((p, i) => p(body, n, spoil?.requirement === i ? spoil.change : undefined)));
}

/** What to do about a credential the spec does not call for: drop it, or declare the scheme (in an overlay when the spec is not yours). */
function howToDeclare(kind: Kind, flag: string): string {
  const declare =
    kind === 'hmac'
      ? `${SIGNATURE_EXTENSION}: standard-webhooks (or voucherify, github, stripe, or every field) at the spec root`
      : 'the scheme under components.securitySchemes and a `security` requirement';
  return `drop ${flag}, or declare ${declare}; for a spec you do not own, add it with an overlay (--overlay FILE), see docs/guides/authentication.md`;
}

/** A secret of the same format that is not `secret`: for `whsec_` schemes, another valid base64 key. */
function otherSecret(format: 'text' | 'whsec-base64', secret: string): string {
  const digest = createHash('sha256').update(`other:${secret}`).digest();
  return format === 'whsec-base64' ? `whsec_${digest.toString('base64')}` : `${secret}-${digest.toString('hex').slice(0, 8)}`;
}

/** `HTTP basic auth (BasicAuth)`, `an HMAC signature (X-Hub-Signature-256, preset github)`, or `no credentials`. */
export function describeDeclared(required: readonly AuthRequirement[]): string {
  if (required.length === 0) return 'no credentials';
  const seen = new Set<string>();
  for (const r of required) {
    const detail = r.kind === 'hmac' ? `${r.scheme.header}${r.scheme.preset ? `, preset ${r.scheme.preset}` : ''}` : r.name;
    seen.add(`${CREDENTIALS[r.kind].label.replace(` (${SIGNATURE_EXTENSION})`, '')} (${detail})`);
  }
  return [...seen].join(' and ');
}
